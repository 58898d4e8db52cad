package com.broadleafloyalty.analytics.core;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

import static com.broadleafloyalty.analytics.core.Orders.days;
import static com.broadleafloyalty.analytics.core.Orders.history;
import static org.assertj.core.api.Assertions.assertThat;

class OrderKpisTest {

    private static final Period MARCH = days("2024-03-01", "2024-03-31");

    @Test
    void shouldCountCustomersOrdersAndGuestOrdersOfThePeriodOnly() {
        Orders orders = history()
                .order(1, "2024-02-20", "10.00") // before the period
                .order(1, "2024-03-02", "20.00")
                .order(1, "2024-03-09", "30.00")
                .order(2, "2024-03-15", "40.00")
                .guest("2024-03-16", "50.00")
                .order(3, "2024-04-01", "60.00"); // after it

        OrderKpis kpis = kpis(MARCH, orders);

        assertThat(kpis.getCustomersOrdering()).isEqualTo(2);
        assertThat(kpis.getOrders()).isEqualTo(3);
        assertThat(kpis.getGuestOrders()).isEqualTo(1);
        assertThat(kpis.getValue()).isEqualByComparingTo("140.00");
        assertThat(kpis.getAov()).isEqualByComparingTo("35.00");
    }

    @Test
    void shouldShareCustomersWithTwoOrMoreOrdersInThePeriod() {
        Orders orders = history().order(1, "2024-03-02", "1").order(1, "2024-03-03", "1")
                .order(2, "2024-03-04", "1").order(3, "2024-02-01", "1").order(3, "2024-03-05", "1");

        // customer 3's February order is outside the period: only customer 1 repeats in March (1 of 3)
        assertThat(kpis(MARCH, orders).getRepeatCustomerRate()).isEqualByComparingTo("0.3333");
    }

    @Test
    void shouldTellFirstEverOrdersFromLaterOnes() {
        Orders orders = history()
                .order(1, "2024-01-10", "100.00") // customer 1 started in January
                .order(1, "2024-03-02", "80.00")
                .order(2, "2024-03-03", "30.00") // customer 2's first order
                .order(2, "2024-03-20", "90.00");

        OrderKpis kpis = kpis(MARCH, orders);

        assertThat(kpis.getFirstOrders()).isEqualTo(1);
        assertThat(kpis.getFirstOrderValue()).isEqualByComparingTo("30.00");
        assertThat(kpis.getRepeatOrderValue()).isEqualByComparingTo("85.00");
        assertThat(kpis.getOrderValueRatio()).isEqualByComparingTo("2.8333");
    }

    @Test
    void shouldTakeTheKnownFirstOrderOverTheLoadedOnes() {
        Orders orders = history().order(1, "2024-03-05", "40.00");
        Map<Long, Instant> firstOrders = Collections.singletonMap(1L, Orders.at("2023-06-01"));

        OrderKpis kpis = OrderKpis.of(MARCH, orders.list(), firstOrders, Collections.<Long>emptySet(),
                Collections.<Long, String>emptyMap(), Collections.<Long, String>emptyMap());

        assertThat(kpis.getFirstOrderValue()).isNull();
        assertThat(kpis.getRepeatOrderValue()).isEqualByComparingTo("40.00");
        assertThat(kpis.getOrderValueRatio()).isNull();
    }

    @Test
    void shouldCountOneFirstOrderWhenTwoShareTheFirstTime() {
        Orders orders = history().order(1, "2024-03-05", "10.00").order(1, "2024-03-05", "30.00");

        OrderKpis kpis = kpis(MARCH, orders);

        assertThat(kpis.getFirstOrders()).isEqualTo(1);
        assertThat(kpis.getFirstOrderValue()).isEqualByComparingTo("10.00");
        assertThat(kpis.getRepeatOrderValue()).isEqualByComparingTo("30.00");
    }

    @Test
    void shouldSplitByRedeemingMembersOtherMembersAndGuests() {
        Orders orders = history().order(1, "2024-03-02", "100.00").order(1, "2024-03-03", "50.00")
                .order(2, "2024-03-04", "20.00").guest("2024-03-05", "10.00").guest("2024-03-06", "30.00");
        Map<Long, String> tiers = new HashMap<Long, String>();
        tiers.put(1L, "Gold");
        Map<Long, String> segments = new HashMap<Long, String>();
        segments.put(1L, "CHAMPIONS");
        segments.put(2L, "NEW_CUSTOMERS");

        OrderKpis kpis = OrderKpis.of(MARCH, orders.list(), Collections.<Long, Instant>emptyMap(),
                new HashSet<Long>(Collections.singletonList(1L)), tiers, segments);

        GroupFigures redeeming = kpis.getByGroup().get(CustomerGroup.REDEEMING_MEMBERS);
        assertThat(redeeming.getAov()).isEqualByComparingTo("75.00");
        assertThat(redeeming.getOrdersPerCustomer()).isEqualByComparingTo("2.00");
        assertThat(kpis.getByGroup().get(CustomerGroup.OTHER_MEMBERS).getAov()).isEqualByComparingTo("20.00");
        GroupFigures guests = kpis.getByGroup().get(CustomerGroup.GUESTS);
        assertThat(guests.getAov()).isEqualByComparingTo("20.00");
        assertThat(guests.getOrdersPerCustomer()).isEqualByComparingTo("1.00");
        assertThat(kpis.getByTier()).containsOnlyKeys("Gold", OrderKpis.UNASSIGNED);
        assertThat(kpis.getByTier().get("Gold").getOrders()).isEqualTo(2);
        assertThat(kpis.getByTier().get(OrderKpis.UNASSIGNED).getCustomers()).isEqualTo(1);
        assertThat(kpis.getBySegment().get("NEW_CUSTOMERS").getAov()).isEqualByComparingTo("20.00");
    }

    @Test
    void shouldHaveNoRatesOrMeansInAnEmptyPeriod() {
        OrderKpis kpis = kpis(MARCH, history().order(1, "2024-01-01", "10.00"));

        assertThat(kpis.getCustomersOrdering()).isZero();
        assertThat(kpis.getOrders()).isZero();
        assertThat(kpis.getRepeatCustomerRate()).isNull();
        assertThat(kpis.getFirstOrderValue()).isNull();
        assertThat(kpis.getRepeatOrderValue()).isNull();
        assertThat(kpis.getOrderValueRatio()).isNull();
        assertThat(kpis.getAov()).isNull();
        for (GroupFigures group : kpis.getByGroup().values()) {
            assertThat(group.getAov()).isNull();
            assertThat(group.getOrdersPerCustomer()).isNull();
        }
    }

    private static OrderKpis kpis(Period period, Orders orders) {
        return OrderKpis.of(period, orders.list(), Collections.<Long, Instant>emptyMap(), Collections.<Long>emptySet(),
                Collections.<Long, String>emptyMap(), Collections.<Long, String>emptyMap());
    }
}
