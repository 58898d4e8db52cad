package com.broadleafloyalty.ledger.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What a shopper sees: available, pending (inside the return window) and the next points to expire. */
public final class AccountPosition {

    private final long available;
    private final long pending;
    private final long debt;
    private final long expiringSoon;
    private final long expiringInWindow;
    private final Instant nextExpiry;
    private final Instant nextAvailable;

    private AccountPosition(long available, long pending, long debt, long expiringSoon, long expiringInWindow,
            Instant nextExpiry, Instant nextAvailable) {
        this.available = available;
        this.pending = pending;
        this.debt = debt;
        this.expiringSoon = expiringSoon;
        this.expiringInWindow = expiringInWindow;
        this.nextExpiry = nextExpiry;
        this.nextAvailable = nextAvailable;
    }

    /**
     * @param reserved points held by open redemptions (applied in a cart, not yet checked out)
     * @param soon how far ahead "expiring soon" looks
     */
    public static AccountPosition of(List<PointsBatch> batches, long debt, long reserved, Instant now, Duration soon) {
        long available = 0;
        long pending = 0;
        long expiring = 0;
        long inWindow = 0;
        Instant nextExpiry = null;
        Instant nextAvailable = null;
        Instant horizon = now.plus(soon);
        for (PointsBatch batch : batches) {
            if (batch.isPendingAt(now)) {
                pending += batch.getRemaining();
                if (batch.getRemaining() > 0
                        && (nextAvailable == null || batch.getAvailableFrom().isBefore(nextAvailable))) {
                    nextAvailable = batch.getAvailableFrom();
                }
            } else if (batch.isAvailableAt(now)) {
                available += batch.getRemaining();
                Instant expires = batch.getExpiresAt();
                if (expires != null && expires.isBefore(horizon)) {
                    inWindow += batch.getRemaining();
                    if (nextExpiry == null || expires.isBefore(nextExpiry)) {
                        nextExpiry = expires;
                        expiring = 0;
                    }
                    if (expires.equals(nextExpiry)) {
                        expiring += batch.getRemaining();
                    }
                }
            }
        }
        return new AccountPosition(Math.max(0, available - debt - reserved), pending, debt, expiring, inWindow,
                nextExpiry, nextAvailable);
    }

    /** Points that can be redeemed now (after debt and open reservations). */
    public long getAvailable() {
        return available;
    }

    public long getPending() {
        return pending;
    }

    public long getDebt() {
        return debt;
    }

    /** Points of the soonest-expiring batches within the window, or 0. */
    public long getExpiringSoon() {
        return expiringSoon;
    }

    /** Points of every batch that expires within the window (not only the soonest date), or 0. */
    public long getExpiringInWindow() {
        return expiringInWindow;
    }

    /** When {@link #getExpiringSoon()} expires, or null. */
    public Instant getNextExpiry() {
        return nextExpiry;
    }

    /** When the first pending points become available (their return period ends), or null with none pending. */
    public Instant getNextAvailable() {
        return nextAvailable;
    }
}
