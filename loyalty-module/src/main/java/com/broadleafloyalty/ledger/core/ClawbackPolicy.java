package com.broadleafloyalty.ledger.core;

/** What happens when points to claw back were already spent. */
public enum ClawbackPolicy {
    /** The balance goes negative; later credits pay the debt first (the default). */
    ALLOW_NEGATIVE,
    /** Take what is there, stop at zero and record the rest as a shortfall. */
    CAP_AT_ZERO
}
