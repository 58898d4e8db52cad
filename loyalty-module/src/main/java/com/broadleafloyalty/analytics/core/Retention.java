package com.broadleafloyalty.analytics.core;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code retention_rate}: the share of the registered customers who ordered in the previous period who order again
 * in this one. Null when nobody ordered in the previous period (there is no one to retain).
 */
public final class Retention {

    private Retention() {
    }

    public static BigDecimal rate(Period period, Collection<OrderFact> orders) {
        Period previous = period.previous();
        Set<Long> before = new HashSet<Long>();
        Set<Long> now = new HashSet<Long>();
        for (OrderFact order : orders) {
            if (order.isGuest()) {
                continue;
            }
            if (previous.contains(order.getPlacedAt())) {
                before.add(order.getCustomerId());
            } else if (period.contains(order.getPlacedAt())) {
                now.add(order.getCustomerId());
            }
        }
        long retained = 0;
        for (Long customer : before) {
            if (now.contains(customer)) {
                retained++;
            }
        }
        return Ratios.rate(retained, before.size());
    }
}
