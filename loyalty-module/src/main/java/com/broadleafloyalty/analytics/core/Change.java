package com.broadleafloyalty.analytics.core;

import java.math.BigDecimal;

/**
 * A headline figure against the previous period: the difference, and the relative change (a fraction; null when the
 * previous figure is 0 or missing, as a change from nothing has no size).
 */
public final class Change {

    private final BigDecimal current;
    private final BigDecimal previous;

    private Change(BigDecimal current, BigDecimal previous) {
        this.current = current;
        this.previous = previous;
    }

    public static Change of(BigDecimal current, BigDecimal previous) {
        return new Change(current, previous);
    }

    public static Change of(long current, long previous) {
        return new Change(BigDecimal.valueOf(current), BigDecimal.valueOf(previous));
    }

    /** Null when either figure is missing. */
    public BigDecimal getDifference() {
        return current == null || previous == null ? null : current.subtract(previous);
    }

    public BigDecimal getRelative() {
        if (current == null || previous == null || previous.signum() == 0) {
            return null;
        }
        return Ratios.rate(current.subtract(previous), previous.abs());
    }

    public BigDecimal getCurrent() {
        return current;
    }

    public BigDecimal getPrevious() {
        return previous;
    }
}
