package com.broadleafloyalty.segment.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Folds completed orders (customer, time, amount) into one {@link CustomerAggregate} per customer. */
public final class CustomerAggregates {

    private final Map<Long, CustomerAggregate> byCustomer = new LinkedHashMap<Long, CustomerAggregate>();

    public CustomerAggregates addOrder(long customerId, long orderedAtMillis, BigDecimal amount) {
        if (amount == null) {
            throw new IllegalArgumentException("An order of customer " + customerId + " has no amount");
        }
        CustomerAggregate current = byCustomer.get(customerId);
        byCustomer.put(customerId, current == null ? CustomerAggregate.firstOrder(customerId, orderedAtMillis, amount)
                : current.plusOrder(orderedAtMillis, amount));
        return this;
    }

    public List<CustomerAggregate> toList() {
        return new ArrayList<CustomerAggregate>(byCustomer.values());
    }

    public int size() {
        return byCustomer.size();
    }
}
