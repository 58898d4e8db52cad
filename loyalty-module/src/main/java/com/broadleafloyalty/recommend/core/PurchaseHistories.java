package com.broadleafloyalty.recommend.core;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the engine remembers about completed orders, updated one order at a time: each customer's purchases,
 * how many customers bought each product (popularity), and the time of the latest order ("now" for the model).
 * Two forgetting speeds: {@code recency} for the co-purchases the product weights learn from, {@code frequency} for
 * a customer's own frequencies.
 */
final class PurchaseHistories {

    private final ProductIndex products;
    private final RecencyDecay recency;
    private final RecencyDecay frequency;
    private final ConcurrentHashMap<String, CustomerPurchases> customers =
            new ConcurrentHashMap<String, CustomerPurchases>();
    private final PopularityRanking popularity = new PopularityRanking();
    private volatile long latestOrderMillis = Long.MIN_VALUE;

    PurchaseHistories(ProductIndex products, RecencyDecay recency, RecencyDecay frequency) {
        this.products = products;
        this.recency = recency;
        this.frequency = frequency;
    }

    void record(PurchasedOrder order) {
        CustomerPurchases purchases = customers.get(order.getCustomerId());
        if (purchases == null) {
            CustomerPurchases created = new CustomerPurchases();
            purchases = customers.putIfAbsent(order.getCustomerId(), created);
            purchases = purchases == null ? created : purchases;
        }
        synchronized (purchases) {
            purchases.countOrder(order.getOrderedAtMillis(), frequency);
        }
        for (String productId : order.getProductIds()) {
            int product = products.numberOrAdd(productId);
            boolean firstTime;
            synchronized (purchases) {
                firstTime = purchases.record(product, order.getOrderedAtMillis(), frequency);
            }
            if (firstTime) {
                popularity.addBuyer(product);
            }
        }
        advanceClock(order.getOrderedAtMillis());
    }

    private synchronized void advanceClock(long orderedAtMillis) {
        if (orderedAtMillis > latestOrderMillis) {
            latestOrderMillis = orderedAtMillis;
        }
    }

    /** The customer's purchases, or null when the customer has bought nothing yet. */
    CustomerPurchases of(String customerId) {
        return customerId == null ? null : customers.get(customerId);
    }

    Collection<CustomerPurchases> all() {
        return customers.values();
    }

    int customerCount() {
        return customers.size();
    }

    PopularityRanking popularity() {
        return popularity;
    }

    long latestOrderMillis() {
        return latestOrderMillis;
    }

    /** Forgetting of co-purchases, for the product weights. */
    RecencyDecay recency() {
        return recency;
    }

    /** Forgetting of a customer's own purchases, for frequencies. */
    RecencyDecay frequency() {
        return frequency;
    }
}
