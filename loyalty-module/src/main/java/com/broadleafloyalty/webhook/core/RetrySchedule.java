package com.broadleafloyalty.webhook.core;

import java.time.Duration;
import java.time.Instant;

/**
 * Exponential backoff: the n-th failed attempt waits {@code first * 2^(n-1)}, at most {@code longest}; a message
 * still undelivered {@code giveUpAfter} after it was written is failed (shown in the admin, resent by hand).
 */
public final class RetrySchedule {

    private final Duration first;
    private final Duration longest;
    private final Duration giveUpAfter;

    public RetrySchedule(Duration first, Duration longest, Duration giveUpAfter) {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("The first retry must wait more than 0 and no longer than the longest");
        }
        this.first = first;
        this.longest = longest;
        this.giveUpAfter = giveUpAfter;
    }

    /** When to try again after {@code attempts} failures, or null: give up. */
    public Instant nextAttempt(Instant written, int attempts, Instant now) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        Instant next = now.plus(wait.compareTo(longest) > 0 ? longest : wait);
        return next.isAfter(written.plus(giveUpAfter)) ? null : next;
    }
}
