package com.broadleafloyalty.redemption.core;

import com.broadleafloyalty.ledger.core.RedemptionRate;

import java.math.BigDecimal;

/** What a points reservation takes off an order: the points, and the money they were worth when applied. */
public final class PointsDiscount {

    private final long points;
    private final BigDecimal amount;

    public PointsDiscount(long points, BigDecimal amount) {
        if (points < 0) {
            throw new IllegalArgumentException("Points of a discount cannot be negative, got " + points);
        }
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("The amount of a points discount must be 0 or more, got " + amount);
        }
        this.points = points;
        this.amount = amount;
    }

    /** {@code points} valued at {@code rate}. */
    public static PointsDiscount of(long points, RedemptionRate rate) {
        return new PointsDiscount(points, rate.valueOf(points));
    }

    public long getPoints() {
        return points;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof PointsDiscount)) {
            return false;
        }
        PointsDiscount that = (PointsDiscount) other;
        return points == that.points && amount.compareTo(that.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(points) * 31 + amount.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return points + " points = " + amount.toPlainString();
    }
}
