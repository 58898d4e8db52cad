package com.broadleafloyalty.ledger.core;

import java.time.Instant;

/**
 * Points credited together (one order's award, one bonus) that become available and expire together.
 * {@code remaining} falls as points are spent, expired or clawed back; it never goes below zero.
 */
public final class PointsBatch {

    private final Long id;
    private final long remaining;
    private final Instant availableFrom;
    private final Instant expiresAt;

    public PointsBatch(Long id, long remaining, Instant availableFrom, Instant expiresAt) {
        if (remaining < 0) {
            throw new IllegalArgumentException("A batch cannot hold a negative amount: " + remaining);
        }
        this.id = id;
        this.remaining = remaining;
        this.availableFrom = availableFrom;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public long getRemaining() {
        return remaining;
    }

    public Instant getAvailableFrom() {
        return availableFrom;
    }

    /** Null when the points never expire. */
    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public boolean isPendingAt(Instant now) {
        return now.isBefore(availableFrom) && !isExpiredAt(now);
    }

    public boolean isAvailableAt(Instant now) {
        return remaining > 0 && !now.isBefore(availableFrom) && !isExpiredAt(now);
    }
}
