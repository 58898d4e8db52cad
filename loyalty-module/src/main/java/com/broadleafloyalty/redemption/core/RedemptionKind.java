package com.broadleafloyalty.redemption.core;

/** What a shopper redeems in a cart. Both kinds are reserved, consumed at checkout and released the same way. */
public enum RedemptionKind {
    /** An amount of points paid as a discount on the order's merchandise (at most one per cart). */
    POINTS,
    /** An item of the reward catalog: a discount, free shipping or a product at zero price (one per item and cart). */
    REWARD
}
