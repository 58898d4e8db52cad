package com.broadleafloyalty.ledger.core;

import java.math.BigDecimal;

/** Lines of one product earn {@code multiplier} times the points. */
public final class ProductMultiplier implements EarningRule {

    private final long productId;
    private final BigDecimal multiplier;
    private final int priority;

    public ProductMultiplier(long productId, BigDecimal multiplier, int priority) {
        this.productId = productId;
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
            if (line.getProductId() != null && line.getProductId() == productId) {
                calculation.multiplyLine(line.getLineId(), multiplier);
            }
        }
    }

    @Override
    public String describe() {
        return "product " + productId + " x" + multiplier.stripTrailingZeros().toPlainString();
    }
}
