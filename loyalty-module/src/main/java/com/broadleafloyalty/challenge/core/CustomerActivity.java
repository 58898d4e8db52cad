package com.broadleafloyalty.challenge.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one customer did that challenges count: their placed orders (with the money spent per category), the dates of
 * their feedback answers and of their referred friends' orders. Built by the service from the other slices' doors and
 * Broadleaf's tables with a {@link Builder}; read-only once built.
 */
public final class CustomerActivity {

    private final Map<Long, PlacedOrder> orders;
    private final List<Instant> feedback;
    private final List<Instant> referralOrders;

    private CustomerActivity(Map<Long, PlacedOrder> orders, List<Instant> feedback, List<Instant> referralOrders) {
        this.orders = orders;
        this.feedback = feedback;
        this.referralOrders = referralOrders;
    }

    public static CustomerActivity none() {
        return new Builder().build();
    }

    /** Collects a customer's activity line by line. */
    public static final class Builder {

        private final Map<Long, PlacedOrder> orders = new LinkedHashMap<Long, PlacedOrder>();
        private final List<Instant> feedback = new ArrayList<Instant>();
        private final List<Instant> referralOrders = new ArrayList<Instant>();

        /** One order line: {@code amount} spent in {@code categoryId} (null: no category) in an order. */
        public Builder orderLine(Long orderId, Instant placed, Long categoryId, BigDecimal amount) {
            PlacedOrder order = orders.get(orderId);
            orders.put(orderId, (order == null ? new PlacedOrder(orderId, placed) : order).plus(categoryId, amount));
            return this;
        }

        /** A moment a feedback answer was given. */
        public Builder feedback(Instant moment) {
            feedback.add(moment);
            return this;
        }

        /** A moment a referred friend placed their first order. */
        public Builder referralOrder(Instant moment) {
            referralOrders.add(moment);
            return this;
        }

        public CustomerActivity build() {
            return new CustomerActivity(new LinkedHashMap<Long, PlacedOrder>(orders),
                    new ArrayList<Instant>(feedback), new ArrayList<Instant>(referralOrders));
        }
    }

    public List<PlacedOrder> getOrders() {
        return new ArrayList<PlacedOrder>(orders.values());
    }

    public List<Instant> getFeedback() {
        return Collections.unmodifiableList(feedback);
    }

    public List<Instant> getReferralOrders() {
        return Collections.unmodifiableList(referralOrders);
    }

    /** One placed order: when, and how much was spent in each category. */
    public static final class PlacedOrder {

        private final Long orderId;
        private final Instant placed;
        private final Map<Long, BigDecimal> spendByCategory;

        PlacedOrder(Long orderId, Instant placed) {
            this.orderId = orderId;
            this.placed = placed;
            this.spendByCategory = new LinkedHashMap<Long, BigDecimal>();
        }

        PlacedOrder plus(Long categoryId, BigDecimal amount) {
            if (categoryId != null) {
                BigDecimal before = spendByCategory.get(categoryId);
                BigDecimal add = amount == null ? BigDecimal.ZERO : amount;
                spendByCategory.put(categoryId, before == null ? add : before.add(add));
            }
            return this;
        }

        public Long getOrderId() {
            return orderId;
        }

        public Instant getPlaced() {
            return placed;
        }

        public BigDecimal spentIn(Long categoryId) {
            BigDecimal spent = spendByCategory.get(categoryId);
            return spent == null ? BigDecimal.ZERO : spent;
        }

        public Set<Long> getCategories() {
            return new HashSet<Long>(spendByCategory.keySet());
        }
    }
}
