package com.broadleafloyalty.analytics.core;

import java.math.BigDecimal;

/** Orders of one group of customers in a period: how many customers, orders and how much merchandise. */
public final class GroupFigures {

    private final long customers;
    private final long orders;
    private final BigDecimal value;

    public GroupFigures(long customers, long orders, BigDecimal value) {
        this.customers = customers;
        this.orders = orders;
        this.value = value;
    }

    public static GroupFigures none() {
        return new GroupFigures(0, 0, BigDecimal.ZERO);
    }

    public long getCustomers() {
        return customers;
    }

    public long getOrders() {
        return orders;
    }

    public BigDecimal getValue() {
        return value;
    }

    /** Average order value, or null without orders. */
    public BigDecimal getAov() {
        return Ratios.mean(value, orders);
    }

    /** Orders per customer, or null without customers. */
    public BigDecimal getOrdersPerCustomer() {
        return Ratios.perCustomer(orders, customers);
    }
}
