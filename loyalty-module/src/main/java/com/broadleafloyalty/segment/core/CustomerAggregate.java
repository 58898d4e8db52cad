package com.broadleafloyalty.segment.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What RFM knows of one customer: first and last order time, number of orders and money spent (merchandise, in the
 * shop's currency). Immutable; {@link #plusOrder} gives the aggregate after one more order.
 */
public final class CustomerAggregate {

    private final long customerId;
    private final long firstOrderMillis;
    private final long lastOrderMillis;
    private final long orderCount;
    private final BigDecimal monetary;

    public CustomerAggregate(long customerId, long firstOrderMillis, long lastOrderMillis, long orderCount,
            BigDecimal monetary) {
        if (orderCount < 1) {
            throw new IllegalArgumentException("Customer " + customerId + " has " + orderCount
                    + " orders; only customers with at least one order are scored");
        }
        if (monetary == null) {
            throw new IllegalArgumentException("Customer " + customerId + " has no monetary value");
        }
        if (lastOrderMillis < firstOrderMillis) {
            throw new IllegalArgumentException("Customer " + customerId + ": last order before first order");
        }
        this.customerId = customerId;
        this.firstOrderMillis = firstOrderMillis;
        this.lastOrderMillis = lastOrderMillis;
        this.orderCount = orderCount;
        this.monetary = monetary;
    }

    /**
     * The aggregate as stored by the shop: a tally written by an older version while two of the customer's orders
     * completed at once may hold its two dates the wrong way round; the earlier is the first order, whichever column
     * it is in, so one customer's row never stops a whole segments run.
     */
    public static CustomerAggregate stored(long customerId, long firstOrderMillis, long lastOrderMillis,
            long orderCount, BigDecimal monetary) {
        return new CustomerAggregate(customerId, Math.min(firstOrderMillis, lastOrderMillis),
                Math.max(firstOrderMillis, lastOrderMillis), orderCount, monetary);
    }

    /** The aggregate of a customer's first order. */
    public static CustomerAggregate firstOrder(long customerId, long orderedAtMillis, BigDecimal amount) {
        return new CustomerAggregate(customerId, orderedAtMillis, orderedAtMillis, 1, amount);
    }

    public CustomerAggregate plusOrder(long orderedAtMillis, BigDecimal amount) {
        return new CustomerAggregate(customerId, Math.min(firstOrderMillis, orderedAtMillis),
                Math.max(lastOrderMillis, orderedAtMillis), orderCount + 1, monetary.add(amount));
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getFirstOrderMillis() {
        return firstOrderMillis;
    }

    public long getLastOrderMillis() {
        return lastOrderMillis;
    }

    /** Recency is scored on the day (UTC) of the last order: orders of the same day are equally recent. */
    public long getLastOrderDay() {
        return epochDay(lastOrderMillis);
    }

    public long getOrderCount() {
        return orderCount;
    }

    public BigDecimal getMonetary() {
        return monetary;
    }

    static long epochDay(long millis) {
        return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
    }

    static LocalDate day(long millis) {
        return LocalDate.ofEpochDay(epochDay(millis));
    }

    @Override
    public String toString() {
        return "customer " + customerId + ": " + orderCount + " orders, " + monetary.toPlainString() + ", last "
                + day(lastOrderMillis);
    }
}
