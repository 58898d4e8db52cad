package com.broadleafloyalty.recommend.core;

import java.util.Arrays;

/**
 * What one customer has bought: for each product, how strongly (orders containing it, each worth less as it
 * ages: frequency with recency) and when last, and how many orders the customer placed (with the same decay), so a
 * product's frequency is the share of the customer's orders that contained it. Kept in three parallel arrays, about
 * 20 bytes per product, and updated in place when an order completes. Callers synchronize on the instance; what
 * the similar customers found by the last rebuild buy is published through a volatile field (4 bytes a product).
 */
final class CustomerPurchases {

    private int[] products = new int[4];
    /** Decayed number of orders, valued at {@link #lastPurchased} of the same product. */
    private double[] strengths = new double[4];
    private long[] lastPurchased = new long[4];
    private int size;
    private double orders;
    private long lastOrder = Long.MIN_VALUE;
    private volatile float[] neighbourFrequencies = new float[0];

    /** Counts one more order, placed at {@code orderedAtMillis}, in the customer's decayed number of orders. */
    void countOrder(long orderedAtMillis, RecencyDecay decay) {
        if (orderedAtMillis >= lastOrder) {
            orders = lastOrder == Long.MIN_VALUE ? 1d : orders * decay.factor(lastOrder, orderedAtMillis) + 1d;
            lastOrder = orderedAtMillis;
        } else {
            orders += decay.factor(orderedAtMillis, lastOrder);
        }
    }

    /** The decayed number of orders, valued at {@code now}; at least 1 once a product was recorded. */
    double orders(long nowMillis, RecencyDecay decay) {
        double counted = lastOrder == Long.MIN_VALUE ? 0d : orders * decay.factor(lastOrder, nowMillis);
        return Math.max(counted, size > 0 ? 1e-9 : 0d);
    }

    /**
     * By slot, the mean frequency with which the customers most similar to this one bought the product, as of the
     * last rebuild (shorter than {@link #size()} when products were bought since; empty before any rebuild).
     */
    float[] neighbourFrequencies() {
        return neighbourFrequencies;
    }

    void neighbourFrequencies(float[] bySlot) {
        neighbourFrequencies = bySlot;
    }

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
