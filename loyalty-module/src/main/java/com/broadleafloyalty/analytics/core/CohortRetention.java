package com.broadleafloyalty.analytics.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Monthly first-purchase cohorts: the registered customers whose first-ever order fell in a month, and for that
 * month and each later month up to the last one, the share of them who ordered in it (month 0 is 1 by definition:
 * they all ordered). Months are UTC calendar months.
 */
public final class CohortRetention {

    private final List<Cohort> cohorts;

    private CohortRetention(List<Cohort> cohorts) {
        this.cohorts = Collections.unmodifiableList(cohorts);
    }

    /**
     * @param orders      the orders from {@code first} on (earlier ones are ignored)
     * @param firstOrders each registered customer's first-ever order time
     */
    public static CohortRetention of(YearMonth first, YearMonth last, Collection<OrderFact> orders,
            Map<Long, Instant> firstOrders) {
        Map<YearMonth, Set<Long>> cohortMembers = new HashMap<YearMonth, Set<Long>>();
        for (Map.Entry<Long, Instant> customer : firstOrders.entrySet()) {
            YearMonth month = monthOf(customer.getValue());
            if (!month.isBefore(first) && !month.isAfter(last)) {
                members(cohortMembers, month).add(customer.getKey());
            }
        }
        Map<YearMonth, Set<Long>> orderedIn = new HashMap<YearMonth, Set<Long>>();
        for (OrderFact order : orders) {
            if (!order.isGuest()) {
                members(orderedIn, monthOf(order.getPlacedAt())).add(order.getCustomerId());
            }
        }
        List<Cohort> cohorts = new ArrayList<Cohort>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Set<Long> members = members(cohortMembers, month);
            List<BigDecimal> shares = new ArrayList<BigDecimal>();
            for (YearMonth later = month; !later.isAfter(last); later = later.plusMonths(1)) {
                long ordering = 0;
                for (Long customer : members(orderedIn, later)) {
                    if (members.contains(customer)) {
                        ordering++;
                    }
                }
                shares.add(Ratios.rate(ordering, members.size()));
            }
            cohorts.add(new Cohort(month, members.size(), shares));
        }
        return new CohortRetention(cohorts);
    }

    static YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(ZoneOffset.UTC));
    }

    private static Set<Long> members(Map<YearMonth, Set<Long>> map, YearMonth month) {
        Set<Long> set = map.get(month);
        if (set == null) {
            set = new HashSet<Long>();
            map.put(month, set);
        }
        return set;
    }

    /** Oldest first. */
    public List<Cohort> getCohorts() {
        return cohorts;
    }

    /** The longest row: how many month columns the table has. */
    public int getMonths() {
        return cohorts.isEmpty() ? 0 : cohorts.get(0).getShares().size();
    }

    /** One row: the month's new customers and, from month 0 on, the share of them ordering. */
    public static final class Cohort {

        private final YearMonth month;
        private final long customers;
        private final List<BigDecimal> shares;

        Cohort(YearMonth month, long customers, List<BigDecimal> shares) {
            this.month = month;
            this.customers = customers;
            this.shares = Collections.unmodifiableList(shares);
        }

        public YearMonth getMonth() {
            return month;
        }

        public long getCustomers() {
            return customers;
        }

        /** Share ordering in month 0, 1, ...; null for every month of an empty cohort. */
        public List<BigDecimal> getShares() {
            return shares;
        }
    }
}
