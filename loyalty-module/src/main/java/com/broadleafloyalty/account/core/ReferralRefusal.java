package com.broadleafloyalty.account.core;

/**
 * Why a referral is refused; each reason names its sentence for the shopper and the admin, the message
 * {@code loyalty.referral.refused.<NAME>}.
 */
public enum ReferralRefusal {
    UNKNOWN_CODE,
    MALFORMED_CODE,
    SELF_REFERRAL_ACCOUNT,
    SELF_REFERRAL_EMAIL,
    SELF_REFERRAL_ADDRESS,
    ALREADY_ORDERED,
    ALREADY_REFERRED;

    public String messageKey() {
        return "loyalty.referral.refused." + name();
    }
}
