package com.broadleafloyalty.ledger.core;

/** The kinds of movement the points ledger records. Points are positive for credits, negative for debits. */
public enum PointsEntryType {
    EARN,
    REDEEM,
    EXPIRE,
    ADJUST,
    CLAWBACK,
    BONUS,
    /** Redeemed points given back when the order they paid for is cancelled. */
    RESTORE
}
