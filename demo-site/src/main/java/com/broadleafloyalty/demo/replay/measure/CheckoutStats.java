package com.broadleafloyalty.demo.replay.measure;

import java.util.Arrays;

/**
 * Measurements of the checkouts replayed in one mode (with or without the module): how long each
 * {@code performCheckout} took, how many SQL statements it prepared, and how long the whole order took (cart, items,
 * payment and checkout).
 */
public final class CheckoutStats {

    private long[] checkoutNanos = new long[1024];
    private int count;
    private long totalCheckoutNanos;
    private long totalStatements;
    private long totalOrderNanos;
    private long totalFlushes;
    private long totalTransactions;

    public void record(CheckoutMeter meter, long orderNanos) {
        record(meter.lastNanos(), meter.lastStatements(), orderNanos);
        totalFlushes += meter.lastFlushes();
        totalTransactions += meter.lastTransactions();
    }

    void record(long checkoutNanos, long statements, long orderNanos) {
        if (count == this.checkoutNanos.length) {
            this.checkoutNanos = Arrays.copyOf(this.checkoutNanos, count * 2);
        }
        this.checkoutNanos[count++] = checkoutNanos;
        totalCheckoutNanos += checkoutNanos;
        totalStatements += statements;
        totalOrderNanos += orderNanos;
    }

    public int getCount() {
        return count;
    }

    public double meanCheckoutMillis() {
        return count == 0 ? 0 : totalCheckoutNanos / 1e6 / count;
    }

    /** Mean time of the rest of the order: cart, items and payment. */
    public double meanCartMillis() {
        return count == 0 ? 0 : (totalOrderNanos - totalCheckoutNanos) / 1e6 / count;
    }

    /** The checkout latency at {@code percentile} (0-100), nearest rank. */
    public double percentileMillis(double percentile) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(checkoutNanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    /** Checkouts per second of checkout time. */
    public double checkoutsPerSecond() {
        return totalCheckoutNanos == 0 ? 0 : count / (totalCheckoutNanos / 1e9);
    }

    /** Orders per second of whole-order time (cart, items, payment, checkout). */
    public double ordersPerSecond() {
        return totalOrderNanos == 0 ? 0 : count / (totalOrderNanos / 1e9);
    }

    public double flushesPerCheckout() {
        return count == 0 ? 0 : (double) totalFlushes / count;
    }

    public double transactionsPerCheckout() {
        return count == 0 ? 0 : (double) totalTransactions / count;
    }

    public double statementsPerCheckout() {
        return count == 0 ? 0 : (double) totalStatements / count;
    }
}
