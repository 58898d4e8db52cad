package com.broadleafloyalty.analytics.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Hand-made order histories for the KPI tests: {@code order(customer, "2024-03-05", "12.50")}. */
final class Orders {

    private final List<OrderFact> orders = new ArrayList<OrderFact>();

    static Orders history() {
        return new Orders();
    }

    Orders order(long customer, String day, String value) {
        orders.add(new OrderFact(customer, at(day), new BigDecimal(value)));
        return this;
    }

    Orders guest(String day, String value) {
        orders.add(OrderFact.guest(at(day), new BigDecimal(value)));
        return this;
    }

    List<OrderFact> list() {
        return orders;
    }

    static Instant at(String day) {
        return LocalDate.parse(day).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    /** The whole days from {@code first} to {@code last}, both included. */
    static Period days(String first, String last) {
        return Period.ofDays(LocalDate.parse(first), LocalDate.parse(last));
    }
}
