package com.broadleafloyalty.analytics.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place rates and means are divided. A rate is a fraction 0-1 with four decimals; a mean of money has two.
 * Both HALF_EVEN. Nothing to divide by gives null (no figure), never 0, which would read as a real, bad result.
 */
public final class Ratios {

    static final int RATE_SCALE = 4;
    static final int MONEY_SCALE = 2;

    private Ratios() {
    }

    /** {@code part / whole} as a fraction, or null when {@code whole} is 0. */
    public static BigDecimal rate(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RATE_SCALE, RoundingMode.HALF_EVEN);
    }

    /** {@code part / whole} of two amounts, or null when either is missing or {@code whole} is 0. */
    public static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.divide(whole, RATE_SCALE, RoundingMode.HALF_EVEN);
    }

    /** The mean amount, or null when {@code count} is 0. */
    public static BigDecimal mean(BigDecimal sum, long count) {
        if (count == 0) {
            return null;
        }
        return sum.divide(BigDecimal.valueOf(count), MONEY_SCALE, RoundingMode.HALF_EVEN);
    }

    /** {@code count / customers} with two decimals, or null without customers. */
    public static BigDecimal perCustomer(long count, long customers) {
        if (customers == 0) {
            return null;
        }
        return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(customers), 2, RoundingMode.HALF_EVEN);
    }
}
