package com.broadleafloyalty.account.domain;

/** Where a referral stands. */
public enum ReferralStatus {
    /** Accepted; both sides are rewarded once the new customer's first order is past its pending period. */
    PENDING,
    /** Both rewards were credited. */
    REWARDED,
    /** Refused; the reason says why. */
    REFUSED
}
