package com.broadleafloyalty.ledger.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What points are worth at checkout: {@code points} points buy {@code value} units of currency (e.g. 100 points =
 * 10.00). Money is rounded down to the cent, so points never buy more than their stated worth.
 */
public final class RedemptionRate {

    private final long points;
    private final BigDecimal value;

    public RedemptionRate(long points, BigDecimal value) {
        if (points <= 0) {
            throw new IllegalArgumentException("Redemption points must be more than zero, got " + points);
        }
        if (value == null || value.signum() <= 0) {
            throw new IllegalArgumentException("Redemption value must be more than zero, got " + value);
        }
        this.points = points;
        this.value = value;
    }

    /** The points of the stated rate (100 in "100 points = 10.00"). */
    public long getPoints() {
        return points;
    }

    /** What {@link #getPoints()} points are worth (10.00 in "100 points = 10.00"), in the order's currency. */
    public BigDecimal getValue() {
        return value;
    }

    public BigDecimal valueOf(long pointsToRedeem) {
        return value.multiply(BigDecimal.valueOf(pointsToRedeem))
                .divide(BigDecimal.valueOf(points), 2, RoundingMode.FLOOR);
    }

    /** The most points whose value does not exceed {@code amount}. */
    public long maxPointsFor(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            return 0;
        }
        return amount.multiply(BigDecimal.valueOf(points)).divide(value, 0, RoundingMode.FLOOR).longValueExact();
    }

    public String describe() {
        return points + " points = " + value.toPlainString();
    }
}
