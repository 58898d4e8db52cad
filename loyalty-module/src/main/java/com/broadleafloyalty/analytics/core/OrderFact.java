package com.broadleafloyalty.analytics.core;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One submitted order as the KPIs see it: whose (null for a guest: no account), when, and its merchandise value
 * after item and order discounts (no shipping, no tax), in the shop's currency.
 */
public final class OrderFact {

    private final Long customerId;
    private final Instant placedAt;
    private final BigDecimal value;

    public OrderFact(Long customerId, Instant placedAt, BigDecimal value) {
        if (placedAt == null || value == null) {
            throw new IllegalArgumentException("An order needs its time and value");
        }
        this.customerId = customerId;
        this.placedAt = placedAt;
        this.value = value;
    }

    public static OrderFact guest(Instant placedAt, BigDecimal value) {
        return new OrderFact(null, placedAt, value);
    }

    /** Null for a guest order. */
    public Long getCustomerId() {
        return customerId;
    }

    public boolean isGuest() {
        return customerId == null;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public BigDecimal getValue() {
        return value;
    }
}
