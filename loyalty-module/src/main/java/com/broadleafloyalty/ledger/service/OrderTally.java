package com.broadleafloyalty.ledger.service;

import java.math.BigDecimal;
import java.util.Date;

/**
 * A customer's order tally, kept on the loyalty account by the award's own statement at checkout: how many submitted
 * orders, what they spent on merchandise, the first and the last. The segments score customers from it.
 */
public final class OrderTally {

    private final Long customerId;
    private final long orderCount;
    private final BigDecimal orderSpend;
    private final Date firstOrder;
    private final Date lastOrder;

    public OrderTally(Long customerId, long orderCount, BigDecimal orderSpend, Date firstOrder, Date lastOrder) {
        this.customerId = customerId;
        this.orderCount = orderCount;
        this.orderSpend = orderSpend;
        this.firstOrder = firstOrder;
        this.lastOrder = lastOrder;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public long getOrderCount() {
        return orderCount;
    }

    public BigDecimal getOrderSpend() {
        return orderSpend;
    }

    public Date getFirstOrder() {
        return firstOrder;
    }

    public Date getLastOrder() {
        return lastOrder;
    }
}
