package com.broadleafloyalty.recommend.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A rebuild's snapshot of every customer's purchases as sparse rows (customers x products; each row most recent
 * purchase first), and the same by product (buyers of each product). Per pair: the co-purchase value
 * ({@code recency}: 1 on the day of the last purchase, halving every recency half-life, the entry of the Gram
 * matrix) and the customer's frequency (share of the customer's decayed orders that contained the product). About 24
 * bytes per customer-product pair: memory grows with the purchases, never with products squared.
 */
final class PurchaseMatrix {

    final int productCount;
    final CustomerPurchases[] customers;
    final int[][] productsOf;
    final float[][] recencyOf;
    final float[][] frequencyOf;
    /** Per product: sum of squared co-purchase values (the Gram matrix's diagonal). */
    final double[] diagonal;
    /**
     * Per product: how fresh its demand is, the mean over its buyers of 1 on the day of their last purchase halving
     * every trend half-life (1 for every product when the trend is off).
     */
    final float[] trend;
    final int[][] buyersOf;
    final float[][] buyerRecency;
    final float[][] buyerFrequency;

    private PurchaseMatrix(int productCount, List<CustomerPurchases> customers, int[][] productsOf,
            float[][] recencyOf, float[][] frequencyOf, float[] trend) {
        this.productCount = productCount;
        this.trend = trend;
        this.customers = customers.toArray(new CustomerPurchases[0]);
        this.productsOf = productsOf;
        this.recencyOf = recencyOf;
        this.frequencyOf = frequencyOf;
        this.diagonal = new double[productCount];
        int[] buyerCounts = new int[productCount];
        for (int c = 0; c < productsOf.length; c++) {
            for (int k = 0; k < productsOf[c].length; k++) {
                buyerCounts[productsOf[c][k]]++;
                diagonal[productsOf[c][k]] += (double) recencyOf[c][k] * recencyOf[c][k];
            }
        }
        buyersOf = new int[productCount][];
        buyerRecency = new float[productCount][];
        buyerFrequency = new float[productCount][];
        for (int p = 0; p < productCount; p++) {
            buyersOf[p] = new int[buyerCounts[p]];
            buyerRecency[p] = new float[buyerCounts[p]];
            buyerFrequency[p] = new float[buyerCounts[p]];
        }
        int[] filled = new int[productCount];
        for (int c = 0; c < productsOf.length; c++) {
            for (int k = 0; k < productsOf[c].length; k++) {
                int p = productsOf[c][k];
                buyersOf[p][filled[p]] = c;
                buyerRecency[p][filled[p]] = recencyOf[c][k];
                buyerFrequency[p][filled[p]++] = frequencyOf[c][k];
            }
        }
    }

    /** Reads every customer's purchases (products numbered below {@code productCount}) as of the latest order. */
    static PurchaseMatrix of(PurchaseHistories histories, int productCount, RecencyDecay trendDecay) {
        long now = histories.latestOrderMillis();
        double[] freshness = new double[productCount];
        int[] buyers = new int[productCount];
        RecencyDecay recency = histories.recency();
        RecencyDecay frequency = histories.frequency();
        List<CustomerPurchases> customers = new ArrayList<CustomerPurchases>(histories.customerCount());
        List<int[]> products = new ArrayList<int[]>();
        List<float[]> recencies = new ArrayList<float[]>();
        List<float[]> frequencies = new ArrayList<float[]>();
        for (CustomerPurchases purchases : histories.all()) {
            synchronized (purchases) {
                int size = 0;
                for (int slot = 0; slot < purchases.size(); slot++) {
                    size += purchases.product(slot) < productCount ? 1 : 0;
                }
                if (size == 0) {
                    continue;
                }
                int[] row = new int[size];
                float[] rowRecency = new float[size];
                float[] rowFrequency = new float[size];
                double orders = purchases.orders(now, frequency);
                int k = 0;
                for (int slot = 0; slot < purchases.size(); slot++) {
                    if (purchases.product(slot) < productCount) {
                        row[k] = purchases.product(slot);
                        freshness[row[k]] += trendDecay.factor(purchases.lastPurchased(slot), now);
                        buyers[row[k]]++;
                        rowRecency[k] = (float) recency.factor(purchases.lastPurchased(slot), now);
                        rowFrequency[k++] = (float) (purchases.strength(slot, now, frequency) / orders);
                    }
                }
                sortMostRecentFirst(row, rowRecency, rowFrequency);
                customers.add(purchases);
                products.add(row);
                recencies.add(rowRecency);
                frequencies.add(rowFrequency);
            }
        }
        float[] trend = new float[productCount];
        for (int p = 0; p < productCount; p++) {
            trend[p] = buyers[p] == 0 ? 0f : (float) (freshness[p] / buyers[p]);
        }
        return new PurchaseMatrix(productCount, customers, products.toArray(new int[0][]),
                recencies.toArray(new float[0][]), frequencies.toArray(new float[0][]), trend);
    }

    /** Orders a customer's row by recency, most recent first, so its first entries are what they buy lately. */
    private static void sortMostRecentFirst(int[] row, float[] recency, float[] frequency) {
        long[] keyed = new long[row.length];
        for (int k = 0; k < row.length; k++) {
            // Larger recency first: the complemented float bits of a non-negative float sort in reverse.
            keyed[k] = ((long) ~Float.floatToIntBits(recency[k]) << 32) | k;
        }
        java.util.Arrays.sort(keyed);
        int[] products = row.clone();
        float[] recencies = recency.clone();
        float[] frequencies = frequency.clone();
        for (int k = 0; k < row.length; k++) {
            int from = (int) keyed[k];
            row[k] = products[from];
            recency[k] = recencies[from];
            frequency[k] = frequencies[from];
        }
    }

    int customerCount() {
        return customers.length;
    }
}
