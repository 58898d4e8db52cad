package com.broadleafloyalty.throttle.service;

import com.broadleafloyalty.support.core.LoyaltyRefusal;
import com.broadleafloyalty.throttle.core.Lockout;

/**
 * Too many failed attempts: the account or the address is locked for this kind of attempt. The message says how many
 * minutes are left ({@code loyalty.throttle.tooManyAttempts}); {@link #getLockout()} has the seconds for Retry-After.
 */
public class ThrottledException extends LoyaltyRefusal {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "loyalty.throttle.tooManyAttempts";

    private final transient Lockout lockout;

    public ThrottledException(Lockout lockout) {
        super(MESSAGE_KEY, lockout.minutesToWait());
        this.lockout = lockout;
    }

    public Lockout getLockout() {
        return lockout;
    }
}
