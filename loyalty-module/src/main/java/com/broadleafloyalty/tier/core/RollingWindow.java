package com.broadleafloyalty.tier.core;

import java.time.Instant;
import java.time.ZoneOffset;

/** The qualifying window: the last {@code months} calendar months up to now (UTC). */
public final class RollingWindow {

    private final int months;

    public RollingWindow(int months) {
        if (months < 1) {
            throw new IllegalArgumentException("The tier window must be at least 1 month, got " + months);
        }
        this.months = months;
    }

    public Instant startAt(Instant now) {
        return now.atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
    }

    public int getMonths() {
        return months;
    }
}
