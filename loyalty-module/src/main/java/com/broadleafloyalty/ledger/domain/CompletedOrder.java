package com.broadleafloyalty.ledger.domain;

import java.math.BigDecimal;
import java.util.Date;

/**
 * A submitted order as the customer's account tallies it (count, spend, first and last order): the figures RFM
 * segments are scored from. The award of an order carries it, so the same statement that credits the points also
 * counts the order; an order that earns nothing is counted on its own.
 */
public final class CompletedOrder {

    private final Long orderId;
    private final BigDecimal amount;
    private final Date placedAt;

    public CompletedOrder(Long orderId, BigDecimal amount, Date placedAt) {
        if (orderId == null || amount == null || placedAt == null) {
            throw new IllegalArgumentException("A completed order needs its id, amount and date");
        }
        this.orderId = orderId;
        this.amount = amount;
        this.placedAt = placedAt;
    }

    public Long getOrderId() {
        return orderId;
    }

    /** The merchandise subtotal (the RFM "monetary" figure). */
    public BigDecimal getAmount() {
        return amount;
    }

    public Date getPlacedAt() {
        return placedAt;
    }

    /** Counts this order in the tally of an account entity (the SQL path does the same in its UPDATE). */
    public void countIn(LoyaltyAccount account) {
        account.setOrderCount(account.getOrderCount() + 1);
        account.setOrderSpend(account.getOrderSpend().add(amount));
        if (account.getFirstOrderDate() == null || account.getFirstOrderDate().after(placedAt)) {
            account.setFirstOrderDate(placedAt);
        }
        if (account.getLastOrderDate() == null || account.getLastOrderDate().before(placedAt)) {
            account.setLastOrderDate(placedAt);
        }
        account.setLastOrderId(orderId);
    }
}
