package com.broadleafloyalty.ledger.core;

import java.math.BigDecimal;

/** One line's share of an award: its quantity and its weighted amount (net of discounts, times multipliers). */
public final class AwardedLine {

    private final long lineId;
    private final int quantity;
    private final BigDecimal weightedAmount;

    public AwardedLine(long lineId, int quantity, BigDecimal weightedAmount) {
        this.lineId = lineId;
        this.quantity = quantity;
        this.weightedAmount = weightedAmount;
    }

    public long getLineId() {
        return lineId;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getWeightedAmount() {
        return weightedAmount;
    }
}
