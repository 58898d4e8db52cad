package com.broadleafloyalty.recommend.core;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds small purchase histories for tests: {@code history.order("alice", "2011-03-01", "mug", "tea")}. */
public final class ShoppingHistory {

    private final List<PurchasedOrder> orders = new ArrayList<PurchasedOrder>();

    public ShoppingHistory order(String customer, String day, String... products) {
        orders.add(new PurchasedOrder(customer, millis(day), Arrays.asList(products)));
        return this;
    }

    /** {@code customers} different customers (named prefix1, prefix2, ...) each buying the products together. */
    public ShoppingHistory manyCustomersBuy(int customers, String prefix, String day, String... products) {
        for (int i = 1; i <= customers; i++) {
            order(prefix + i, day, products);
        }
        return this;
    }

    public List<PurchasedOrder> orders() {
        return orders;
    }

    public RecommendationEngine trainedEngine(RecommenderSettings settings) {
        RecommendationEngine engine = new RecommendationEngine(settings);
        engine.recordOrders(orders);
        engine.rebuildItemWeights();
        return engine;
    }

    /** Every order recorded into fresh histories over {@code products}, with the given half-lives in days. */
    PurchaseHistories recordedInto(ProductIndex products, double recencyHalfLife, double frequencyHalfLife) {
        PurchaseHistories histories = new PurchaseHistories(products, new RecencyDecay(recencyHalfLife),
                new RecencyDecay(frequencyHalfLife));
        for (PurchasedOrder order : orders) {
            histories.record(order);
        }
        return histories;
    }

    public static long millis(String day) {
        return LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
