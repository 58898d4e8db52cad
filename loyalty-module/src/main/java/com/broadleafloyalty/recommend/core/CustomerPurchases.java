package com.broadleafloyalty.recommend.core;

import java.util.Arrays;

/**
 * What one customer has bought: for each product, how strongly (orders containing it, each worth less as it
 * ages: frequency with recency) and when last. Kept in three parallel arrays, about 20 bytes per product, and
 * updated in place when an order completes. Callers synchronize on the instance.
 */
final class CustomerPurchases {

    private int[] products = new int[4];
    /** Decayed number of orders, valued at {@link #lastPurchased} of the same product. */
    private double[] strengths = new double[4];
    private long[] lastPurchased = new long[4];
    private int size;

    /** Records one order containing the product; returns true when the customer never bought it before. */
    boolean record(int product, long orderedAtMillis, RecencyDecay decay) {
        int slot = slotOf(product);
        if (slot >= 0) {
            long last = lastPurchased[slot];
            if (orderedAtMillis >= last) {
                strengths[slot] = strengths[slot] * decay.factor(last, orderedAtMillis) + 1d;
                lastPurchased[slot] = orderedAtMillis;
            } else {
                strengths[slot] += decay.factor(orderedAtMillis, last);
            }
            return false;
        }
        if (size == products.length) {
            products = Arrays.copyOf(products, size * 2);
            strengths = Arrays.copyOf(strengths, size * 2);
            lastPurchased = Arrays.copyOf(lastPurchased, size * 2);
        }
        products[size] = product;
        strengths[size] = 1d;
        lastPurchased[size] = orderedAtMillis;
        size++;
        return true;
    }

    private int slotOf(int product) {
        for (int i = 0; i < size; i++) {
            if (products[i] == product) {
                return i;
            }
        }
        return -1;
    }

    int size() {
        return size;
    }

    int product(int slot) {
        return products[slot];
    }

    /** Frequency with recency: the decayed number of orders that contained the product, valued at {@code now}. */
    double strength(int slot, long nowMillis, RecencyDecay decay) {
        return strengths[slot] * decay.factor(lastPurchased[slot], nowMillis);
    }

    long lastPurchased(int slot) {
        return lastPurchased[slot];
    }

    boolean hasBought(int product) {
        return slotOf(product) >= 0;
    }
}
