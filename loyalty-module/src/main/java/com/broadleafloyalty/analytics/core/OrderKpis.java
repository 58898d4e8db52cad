package com.broadleafloyalty.analytics.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The order KPIs of one period, from the submitted orders:
 * <ul>
 * <li>{@code customers_ordering}: registered customers with at least one order in the period; {@code orders} their
 *     orders; {@code guest_orders} orders without an account;</li>
 * <li>{@code repeat_customer_rate}: share of those customers with two or more orders in the period;</li>
 * <li>{@code first_order_value} / {@code repeat_order_value}: mean value of the customers' first-ever orders placed
 *     in the period, and of their later orders placed in it; {@code order_value_ratio} = repeat / first;</li>
 * <li>average order value and orders per customer by {@link CustomerGroup}, by tier and by segment (each customer in
 *     the tier and segment they are in at the period's end; {@link #UNASSIGNED} when in none).</li>
 * </ul>
 */
public final class OrderKpis {

    /** The tier or segment key of customers in none. */
    public static final String UNASSIGNED = "none";

    private long customersOrdering;
    private long orders;
    private long guestOrders;
    private long repeatCustomers;
    private BigDecimal firstOrderSum = BigDecimal.ZERO;
    private long firstOrders;
    private BigDecimal repeatOrderSum = BigDecimal.ZERO;
    private long repeatOrders;
    private BigDecimal value = BigDecimal.ZERO;
    private final Map<CustomerGroup, GroupFigures> byGroup = new EnumMap<CustomerGroup, GroupFigures>(CustomerGroup.class);
    private final Map<String, GroupFigures> byTier = new TreeMap<String, GroupFigures>();
    private final Map<String, GroupFigures> bySegment = new TreeMap<String, GroupFigures>();

    private OrderKpis() {
    }

    /**
     * @param orders      submitted orders; those outside the period are ignored
     * @param firstOrders each registered customer's first-ever order time (a customer missing here is taken to have
     *                    started with their earliest order in {@code orders})
     * @param redeemers   customers who redeemed points before the period's end
     * @param tiers       customer to tier name at the period's end
     * @param segments    customer to segment name at the period's end
     */
    public static OrderKpis of(Period period, Collection<OrderFact> orders, Map<Long, Instant> firstOrders,
            Set<Long> redeemers, Map<Long, String> tiers, Map<Long, String> segments) {
        OrderKpis kpis = new OrderKpis();
        Map<Long, Instant> firsts = new HashMap<Long, Instant>(firstOrders);
        for (OrderFact order : orders) {
            if (!order.isGuest()) {
                Instant known = firsts.get(order.getCustomerId());
                if (known == null || order.getPlacedAt().isBefore(known)) {
                    firsts.put(order.getCustomerId(), order.getPlacedAt());
                }
            }
        }
        Map<Long, Long> ordersByCustomer = new HashMap<Long, Long>();
        Map<Long, BigDecimal> valueByCustomer = new HashMap<Long, BigDecimal>();
        Set<Long> firstSeen = new HashSet<Long>();
        long guestOrders = 0;
        BigDecimal guestValue = BigDecimal.ZERO;
        for (OrderFact order : orders) {
            if (!period.contains(order.getPlacedAt())) {
                continue;
            }
            kpis.value = kpis.value.add(order.getValue());
            if (order.isGuest()) {
                guestOrders++;
                guestValue = guestValue.add(order.getValue());
                continue;
            }
            Long customer = order.getCustomerId();
            ordersByCustomer.put(customer, ordersByCustomer.containsKey(customer) ? ordersByCustomer.get(customer) + 1 : 1L);
            BigDecimal sum = valueByCustomer.get(customer);
            valueByCustomer.put(customer, sum == null ? order.getValue() : sum.add(order.getValue()));
            // One first order per customer, even when two orders share its time.
            if (order.getPlacedAt().equals(firsts.get(customer)) && firstSeen.add(customer)) {
                kpis.firstOrders++;
                kpis.firstOrderSum = kpis.firstOrderSum.add(order.getValue());
            } else {
                kpis.repeatOrders++;
                kpis.repeatOrderSum = kpis.repeatOrderSum.add(order.getValue());
            }
        }
        kpis.guestOrders = guestOrders;
        kpis.customersOrdering = ordersByCustomer.size();
        Map<CustomerGroup, Accumulator> groups = new EnumMap<CustomerGroup, Accumulator>(CustomerGroup.class);
        Map<String, Accumulator> tierGroups = new HashMap<String, Accumulator>();
        Map<String, Accumulator> segmentGroups = new HashMap<String, Accumulator>();
        for (Map.Entry<Long, Long> customer : ordersByCustomer.entrySet()) {
            long count = customer.getValue();
            BigDecimal spent = valueByCustomer.get(customer.getKey());
            kpis.orders += count;
            if (count >= 2) {
                kpis.repeatCustomers++;
            }
            CustomerGroup group = redeemers.contains(customer.getKey()) ? CustomerGroup.REDEEMING_MEMBERS
                    : CustomerGroup.OTHER_MEMBERS;
            accumulator(groups, group).add(1, count, spent);
            accumulator(tierGroups, nameOrUnassigned(tiers.get(customer.getKey()))).add(1, count, spent);
            accumulator(segmentGroups, nameOrUnassigned(segments.get(customer.getKey()))).add(1, count, spent);
        }
        accumulator(groups, CustomerGroup.GUESTS).add(guestOrders, guestOrders, guestValue);
        for (CustomerGroup group : CustomerGroup.values()) {
            kpis.byGroup.put(group, accumulator(groups, group).figures());
        }
        for (Map.Entry<String, Accumulator> tier : tierGroups.entrySet()) {
            kpis.byTier.put(tier.getKey(), tier.getValue().figures());
        }
        for (Map.Entry<String, Accumulator> segment : segmentGroups.entrySet()) {
            kpis.bySegment.put(segment.getKey(), segment.getValue().figures());
        }
        return kpis;
    }

    private static String nameOrUnassigned(String name) {
        return name == null || name.trim().isEmpty() ? UNASSIGNED : name;
    }

    private static <K> Accumulator accumulator(Map<K, Accumulator> map, K key) {
        Accumulator accumulator = map.get(key);
        if (accumulator == null) {
            accumulator = new Accumulator();
            map.put(key, accumulator);
        }
        return accumulator;
    }

    public long getCustomersOrdering() {
        return customersOrdering;
    }

    /** Orders of registered customers. */
    public long getOrders() {
        return orders;
    }

    public long getGuestOrders() {
        return guestOrders;
    }

    /** Every order of the period, members' and guests'. */
    public long getAllOrders() {
        return orders + guestOrders;
    }

    public BigDecimal getRepeatCustomerRate() {
        return Ratios.rate(repeatCustomers, customersOrdering);
    }

    public BigDecimal getFirstOrderValue() {
        return Ratios.mean(firstOrderSum, firstOrders);
    }

    public BigDecimal getRepeatOrderValue() {
        return Ratios.mean(repeatOrderSum, repeatOrders);
    }

    /** Repeat order value / first order value, or null when either is missing. */
    public BigDecimal getOrderValueRatio() {
        return Ratios.rate(getRepeatOrderValue(), getFirstOrderValue());
    }

    public long getFirstOrders() {
        return firstOrders;
    }

    /** Merchandise value of every order of the period. */
    public BigDecimal getValue() {
        return value;
    }

    /** Average value of every order of the period, or null without orders. */
    public BigDecimal getAov() {
        return Ratios.mean(value, getAllOrders());
    }

    public Map<CustomerGroup, GroupFigures> getByGroup() {
        return Collections.unmodifiableMap(byGroup);
    }

    /** By tier name, sorted by name. */
    public Map<String, GroupFigures> getByTier() {
        return Collections.unmodifiableMap(byTier);
    }

    /** By segment name, sorted by name. */
    public Map<String, GroupFigures> getBySegment() {
        return Collections.unmodifiableMap(bySegment);
    }

    private static final class Accumulator {

        private long customers;
        private long orders;
        private BigDecimal value = BigDecimal.ZERO;

        void add(long customers, long orders, BigDecimal value) {
            this.customers += customers;
            this.orders += orders;
            this.value = this.value.add(value);
        }

        GroupFigures figures() {
            return new GroupFigures(customers, orders, value);
        }
    }
}
