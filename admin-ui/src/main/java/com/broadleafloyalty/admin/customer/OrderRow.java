package com.broadleafloyalty.admin.customer;

import org.broadleafcommerce.core.order.domain.Order;

/** One of the customer's placed orders on the Customer points page, with the points it earned. */
public final class OrderRow {

    private final Order order;
    private final long pointsEarned;

    OrderRow(Order order, long pointsEarned) {
        this.order = order;
        this.pointsEarned = pointsEarned;
    }

    public Order getOrder() {
        return order;
    }

    public long getPointsEarned() {
        return pointsEarned;
    }

    /** A cancelled order can take no further cancellation or return. */
    public boolean isCancelled() {
        return "CANCELLED".equals(order.getStatus().getType());
    }
}
