package com.broadleafloyalty.redemption.domain;

/** Where a redemption stands. */
public enum RedemptionStatus {
    /** In a cart: its points are held for it. */
    RESERVED,
    /** The order was checked out: the points were debited (and a unit of the reward's stock taken). */
    CONSUMED,
    /** Removed by the shopper, abandoned, or its checkout failed: the points are free again. */
    RELEASED
}
