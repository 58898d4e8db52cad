package com.broadleafloyalty.redemption.domain;

/** Where a points redemption stands. */
public enum RedemptionStatus {
    /** Applied in a cart: the points are held for it. */
    RESERVED,
    /** The order was checked out: the points were debited. */
    CONSUMED,
    /** Removed by the shopper, abandoned, or its checkout failed: the points are free again. */
    RELEASED
}
