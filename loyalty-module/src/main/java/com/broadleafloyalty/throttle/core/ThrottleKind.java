package com.broadleafloyalty.throttle.core;

/** What is being guessed at: each kind counts its failures apart, so a wrong referral code never locks a login. */
public enum ThrottleKind {
    LOGIN, ADMIN_LOGIN, REGISTRATION, REFERRAL_CODE, VIP_CODE, REDEMPTION
}
