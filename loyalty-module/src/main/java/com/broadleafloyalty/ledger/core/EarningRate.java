package com.broadleafloyalty.ledger.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many points an amount of money earns: {@code points} for every {@code perAmount} units of currency
 * (merchants say "10 points per 100 EUR").
 * <p>
 * <b>The one rounding rule.</b> Points are proportional to the amount and rounded down to a whole point, once,
 * on the whole qualifying amount: {@code floor(amount * points / perAmount)}. So at 10 per 100, 99.99 earns 9,
 * 100.00 earns 10 and 109.99 earns 10. Rounding happens here and nowhere else, never per item, so a shopper
 * never earns more (or fewer) points by splitting or merging lines. A zero or negative amount earns nothing.
 */
public final class EarningRate {

    private static final BigDecimal MAX_POINTS = BigDecimal.valueOf(Long.MAX_VALUE);

    private final long points;
    private final BigDecimal perAmount;

    public EarningRate(long points, BigDecimal perAmount) {
        if (points < 0) {
            throw new IllegalArgumentException("Earning rate points must be zero or more, got " + points);
        }
        if (perAmount == null || perAmount.signum() <= 0) {
            throw new IllegalArgumentException("Earning rate amount must be more than zero, got " + perAmount);
        }
        this.points = points;
        this.perAmount = perAmount;
    }

    /** The default our merchants quote: 10 points per 100 units of the order currency. */
    public static EarningRate tenPerHundred() {
        return new EarningRate(10, new BigDecimal("100"));
    }

    public long pointsFor(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            return 0;
        }
        BigDecimal earned = amount.multiply(BigDecimal.valueOf(points)).divide(perAmount, 0, RoundingMode.FLOOR);
        if (earned.compareTo(MAX_POINTS) > 0) {
            // Never wrap around silently: an award this large is a set-up error (a huge multiplier), refused.
            throw new ArithmeticException("An award of " + earned.toString() + " points (" + describe() + " on "
                    + amount.toString() + ") is beyond the largest number of points, " + Long.MAX_VALUE);
        }
        return earned.longValueExact();
    }

    public long getPoints() {
        return points;
    }

    public BigDecimal getPerAmount() {
        return perAmount;
    }

    /** A readable snapshot of the rule, stored on every ledger entry it produces. */
    public String describe() {
        return points + " points per " + perAmount.stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
