package com.broadleafloyalty.throttle.core;

import java.time.Duration;
import java.time.Instant;

/**
 * The rule for one sort of subject: {@code maxFailures} failures within {@code window} lock the subject for
 * {@code lock}; each further lock in a row doubles, up to {@code maxLock}. The count of locks in a row is forgotten
 * once a whole window passes after a lock without a failure (or at a success, when the service resets the counter).
 * Attempts made while locked are refused before they are checked, so they neither count nor extend the lock.
 */
public final class ThrottlePolicy {

    private final int maxFailures;
    private final Duration window;
    private final Duration lock;
    private final Duration maxLock;

    public ThrottlePolicy(int maxFailures, Duration window, Duration lock, Duration maxLock) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, was " + maxFailures);
        }
        if (window.isNegative() || window.isZero() || lock.isNegative() || lock.isZero()) {
            throw new IllegalArgumentException("window and lock must be positive");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.lock = lock;
        this.maxLock = maxLock.compareTo(lock) < 0 ? lock : maxLock;
    }

    /** The policy from whole seconds, as properties give them. */
    public static ThrottlePolicy of(int maxFailures, long windowSeconds, long lockSeconds, long maxLockSeconds) {
        return new ThrottlePolicy(maxFailures, Duration.ofSeconds(windowSeconds), Duration.ofSeconds(lockSeconds),
                Duration.ofSeconds(maxLockSeconds));
    }

    public int getMaxFailures() {
        return maxFailures;
    }

    public Duration getWindow() {
        return window;
    }

    public boolean isLocked(ThrottleState state, Instant now) {
        return state.getLockedUntil() != null && now.isBefore(state.getLockedUntil());
    }

    /** The lock in force at {@code now}, or null. */
    public Lockout lockout(ThrottleState state, Instant now) {
        return isLocked(state, now) ? new Lockout(state.getLockedUntil(), now) : null;
    }

    /** The state after one more failure at {@code now}. */
    public ThrottleState afterFailure(ThrottleState state, Instant now) {
        if (isLocked(state, now)) {
            return state;
        }
        int locks = state.getLocks();
        if (state.getLockedUntil() != null && !now.isBefore(state.getLockedUntil().plus(window))) {
            locks = 0;
        }
        boolean windowOpen = state.getWindowStart() != null && now.isBefore(state.getWindowStart().plus(window));
        int failures = windowOpen ? state.getFailures() + 1 : 1;
        Instant windowStart = windowOpen ? state.getWindowStart() : now;
        if (failures >= maxFailures) {
            return new ThrottleState(0, null, now.plus(lockLength(locks)), locks + 1);
        }
        return new ThrottleState(failures, windowStart, state.getLockedUntil(), locks);
    }

    /** The n-th lock in a row (0-based) lasts {@code lock × 2^n}, at most {@code maxLock}. */
    Duration lockLength(int locksBefore) {
        Duration length = lock;
        for (int i = 0; i < locksBefore && length.compareTo(maxLock) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(maxLock) > 0 ? maxLock : length;
    }

    /** True when the counter says nothing any more at {@code now} (its row may be removed). */
    public boolean isForgotten(ThrottleState state, Instant now) {
        boolean windowOver = state.getWindowStart() == null || !now.isBefore(state.getWindowStart().plus(window));
        boolean lockForgotten = state.getLockedUntil() == null || !now.isBefore(state.getLockedUntil().plus(window));
        return windowOver && lockForgotten;
    }
}
