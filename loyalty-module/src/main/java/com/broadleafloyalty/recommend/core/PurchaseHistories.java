package com.broadleafloyalty.recommend.core;

import java.util.Arrays;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything the engine remembers about completed orders, updated one order at a time: each customer's purchases,
 * how many customers bought each product (popularity), and the time of the latest order ("now" for the model).
 */
final class PurchaseHistories {

    private final ProductIndex products;
    private final RecencyDecay decay;
    private final ConcurrentHashMap<String, CustomerPurchases> customers =
            new ConcurrentHashMap<String, CustomerPurchases>();
    private int[] buyers = new int[64];
    private volatile long latestOrderMillis = Long.MIN_VALUE;
    private final AtomicLong popularityVersion = new AtomicLong();

    PurchaseHistories(ProductIndex products, RecencyDecay decay) {
        this.products = products;
        this.decay = decay;
    }

    void record(PurchasedOrder order) {
        CustomerPurchases purchases = customers.get(order.getCustomerId());
        if (purchases == null) {
            CustomerPurchases created = new CustomerPurchases();
            purchases = customers.putIfAbsent(order.getCustomerId(), created);
            purchases = purchases == null ? created : purchases;
        }
        for (String productId : order.getProductIds()) {
            int product = products.numberOrAdd(productId);
            boolean firstTime;
            synchronized (purchases) {
                firstTime = purchases.record(product, order.getOrderedAtMillis(), decay);
            }
            if (firstTime) {
                countBuyer(product);
            }
        }
        advanceClock(order.getOrderedAtMillis());
    }

    /** Changes whenever a product gains a buyer, i.e. whenever the popularity ranking may change. */
    long popularityVersion() {
        return popularityVersion.get();
    }

    private synchronized void countBuyer(int product) {
        if (product >= buyers.length) {
            buyers = Arrays.copyOf(buyers, Math.max(product + 1, buyers.length * 2));
        }
        buyers[product]++;
        popularityVersion.incrementAndGet();
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

    /** A copy of the number of distinct buyers per product number. */
    synchronized int[] buyersPerProduct() {
        return Arrays.copyOf(buyers, Math.max(buyers.length, products.size()));
    }

    long latestOrderMillis() {
        return latestOrderMillis;
    }

    RecencyDecay decay() {
        return decay;
    }
}
