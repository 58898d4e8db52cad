package com.broadleafloyalty.throttle.core;

import java.time.Duration;
import java.time.Instant;

/** A subject is locked until {@link #getUntil()}: what a refused caller is told (minutes, or seconds for Retry-After). */
public final class Lockout {

    private final Instant until;
    private final Duration remaining;

    public Lockout(Instant until, Instant now) {
        this.until = until;
        Duration left = Duration.between(now, until);
        this.remaining = left.isNegative() ? Duration.ZERO : left;
    }

    public Instant getUntil() {
        return until;
    }

    /** Whole seconds to wait, rounded up, at least 1 (the HTTP Retry-After value). */
    public long secondsToWait() {
        long seconds = remaining.getSeconds() + (remaining.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** Whole minutes to wait, rounded up, at least 1 (what a person is told). */
    public long minutesToWait() {
        return Math.max(1, (secondsToWait() + 59) / 60);
    }

    /** The later of two lockouts (either may be null). */
    public static Lockout later(Lockout a, Lockout b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.until.isAfter(b.until) ? a : b;
    }
}
