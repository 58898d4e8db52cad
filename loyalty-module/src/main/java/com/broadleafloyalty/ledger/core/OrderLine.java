package com.broadleafloyalty.ledger.core;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** One order line as the earning rules see it: merchandise amount after item discounts, in the base currency. */
public final class OrderLine {

    private final long lineId;
    private final Long productId;
    private final Set<Long> categoryIds;
    private final int quantity;
    private final BigDecimal amount;
    private final boolean earnsPoints;

    public OrderLine(long lineId, Long productId, Set<Long> categoryIds, int quantity, BigDecimal amount,
            boolean earnsPoints) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("Quantity must be more than zero, got " + quantity);
        }
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("Line amount must be zero or more, got " + amount);
        }
        this.lineId = lineId;
        this.productId = productId;
        this.categoryIds = categoryIds == null ? Collections.<Long>emptySet()
                : Collections.unmodifiableSet(new HashSet<Long>(categoryIds));
        this.quantity = quantity;
        this.amount = amount;
        this.earnsPoints = earnsPoints;
    }

    public long getLineId() {
        return lineId;
    }

    public Long getProductId() {
        return productId;
    }

    public Set<Long> getCategoryIds() {
        return categoryIds;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    /** False for items that never earn (gift cards, for example). */
    public boolean isEarnsPoints() {
        return earnsPoints;
    }
}
