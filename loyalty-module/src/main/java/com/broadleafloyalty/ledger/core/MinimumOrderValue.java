package com.broadleafloyalty.ledger.core;

import java.math.BigDecimal;

/** Orders whose qualifying amount is below the minimum earn nothing. */
public final class MinimumOrderValue implements EarningRule {

    private final BigDecimal minimum;
    private final int priority;

    public MinimumOrderValue(BigDecimal minimum, int priority) {
        if (minimum == null || minimum.signum() < 0) {
            throw new IllegalArgumentException("Minimum order value must be zero or more, got " + minimum);
        }
        this.minimum = minimum;
        this.priority = priority;
    }

    @Override
    public int getPriority() {
        return priority;
    }

    @Override
    public void apply(EarningCalculation calculation) {
        if (calculation.getQualifyingAmount().compareTo(minimum) < 0) {
            calculation.cancel("below minimum order value " + minimum.toPlainString());
        }
    }

    @Override
    public String describe() {
        return "minimum " + minimum.toPlainString();
    }
}
