package com.broadleafloyalty.throttle.core;

import java.time.Instant;

/**
 * One counter as stored: failures counted in the window that began at {@code windowStart}, the end of the current
 * lock (if any) and how many locks in a row this subject has earned (each one longer).
 */
public final class ThrottleState {

    public static final ThrottleState FRESH = new ThrottleState(0, null, null, 0);

    private final int failures;
    private final Instant windowStart;
    private final Instant lockedUntil;
    private final int locks;

    public ThrottleState(int failures, Instant windowStart, Instant lockedUntil, int locks) {
        this.failures = failures;
        this.windowStart = windowStart;
        this.lockedUntil = lockedUntil;
        this.locks = locks;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getWindowStart() {
        return windowStart;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public int getLocks() {
        return locks;
    }

    @Override
    public String toString() {
        return "failures=" + failures + ", windowStart=" + windowStart + ", lockedUntil=" + lockedUntil
                + ", locks=" + locks;
    }
}
