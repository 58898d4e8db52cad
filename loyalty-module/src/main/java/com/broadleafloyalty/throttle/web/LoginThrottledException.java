package com.broadleafloyalty.throttle.web;

import com.broadleafloyalty.throttle.core.Lockout;
import org.springframework.security.authentication.LockedException;

/** A login refused without checking the password: too many failures for the account or the address. */
public class LoginThrottledException extends LockedException {

    private static final long serialVersionUID = 1L;

    private final transient Lockout lockout;

    public LoginThrottledException(Lockout lockout) {
        super("Too many failed logins; locked for " + lockout.secondsToWait() + " s");
        this.lockout = lockout;
    }

    public Lockout getLockout() {
        return lockout;
    }
}
