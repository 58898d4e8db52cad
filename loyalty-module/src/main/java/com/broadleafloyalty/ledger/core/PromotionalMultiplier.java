package com.broadleafloyalty.ledger.core;

import java.math.BigDecimal;
import java.time.Instant;

/** Every line earns {@code multiplier} times the points for orders placed in [from, until). */
public final class PromotionalMultiplier implements EarningRule {

    private final BigDecimal multiplier;
    private final Instant from;
    private final Instant until;
    private final int priority;

    public PromotionalMultiplier(BigDecimal multiplier, Instant from, Instant until, int priority) {
        if (from == null || until == null || !from.isBefore(until)) {
            throw new IllegalArgumentException("A promotion needs a start before its end, got " + from + " - " + until);
        }
        this.multiplier = Multipliers.checked(multiplier);
        this.from = from;
        this.until = until;
        this.priority = priority;
    }

    @Override
    public int getPriority() {
        return priority;
    }

    @Override
    public void apply(EarningCalculation calculation) {
        Instant placed = calculation.getPlacedAt();
        if (!placed.isBefore(from) && placed.isBefore(until)) {
            for (OrderLine line : calculation.getLines()) {
                calculation.multiplyLine(line.getLineId(), multiplier);
            }
        }
    }

    @Override
    public String describe() {
        return "promotion x" + multiplier.stripTrailingZeros().toPlainString() + " " + from + ".." + until;
    }
}
