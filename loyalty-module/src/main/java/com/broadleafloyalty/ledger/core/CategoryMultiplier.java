package com.broadleafloyalty.ledger.core;

import java.math.BigDecimal;

/** Lines of products in a category earn {@code multiplier} times the points (e.g. double points on tents). */
public final class CategoryMultiplier implements EarningRule {

    private final long categoryId;
    private final BigDecimal multiplier;
    private final int priority;

    public CategoryMultiplier(long categoryId, BigDecimal multiplier, int priority) {
        this.categoryId = categoryId;
        this.multiplier = Multipliers.checked(multiplier);
        this.priority = priority;
    }

    @Override
    public int getPriority() {
        return priority;
    }

    @Override
    public void apply(EarningCalculation calculation) {
        for (OrderLine line : calculation.getLines()) {
            if (line.getCategoryIds().contains(categoryId)) {
                calculation.multiplyLine(line.getLineId(), multiplier);
            }
        }
    }

    @Override
    public String describe() {
        return "category " + categoryId + " x" + multiplier.stripTrailingZeros().toPlainString();
    }
}
