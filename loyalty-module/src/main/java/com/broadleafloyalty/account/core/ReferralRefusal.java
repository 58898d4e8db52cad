package com.broadleafloyalty.account.core;

/** Why a referral is refused; each reason carries the sentence shown to the shopper and the admin. */
public enum ReferralRefusal {
    UNKNOWN_CODE("This referral code does not exist."),
    MALFORMED_CODE("This is not a referral code: a code is 8 letters and digits, without 0, 1, I, L or O."),
    SELF_REFERRAL_ACCOUNT("You cannot use your own referral code."),
    SELF_REFERRAL_EMAIL("The referral code belongs to an account with your email address."),
    SELF_REFERRAL_ADDRESS("Your first order ships to an address the referrer has already used."),
    ALREADY_ORDERED("Referral codes are for new customers: this account has already placed an order."),
    ALREADY_REFERRED("This account already has a referral.");

    private final String sentence;

    ReferralRefusal(String sentence) {
        this.sentence = sentence;
    }

    public String sentence() {
        return sentence;
    }
}
