package com.broadleafloyalty.recommend.core;

/**
 * Weights for the products outside EASE^R's dense head, from their co-purchase lists: what buying product i says
 * about product j is the one-product ridge regression {@code G[i][j] / (G[i][i] + lambda)} (EASE^R's closed form
 * with i as the only input), over the same recency-weighted Gram entries, times the freshness of j's demand as for
 * EASE^R. One product at a time from its buyers'
 * purchases, with one dense accumulator per thread: time grows with the co-purchase pairs, memory with the products
 * times the neighbours kept.
 */
final class CoPurchaseWeights {

    /**
     * Of a buyer's products, only the most recent this many count as bought with a tail product: a wholesaler with
     * thousands of products would otherwise cost thousands of additions for each of them (time quadratic in a
     * customer's products); with the cap a rebuild costs at most this many additions per customer-product pair.
     */
    static final int RECENT_PRODUCTS = 100;

    private final double lambda;
    private final int neighbours;
    private final int threads;

    CoPurchaseWeights(double lambda, int neighbours, int threads) {
        this.lambda = lambda;
        this.neighbours = neighbours;
        this.threads = threads;
    }

    /** Fills the rows of every product that is not in the head ({@code headIndex} -1) and has buyers. */
    void fill(final PurchaseMatrix matrix, final int[] headIndex, final int[][] rows, final float[][] weights) {
        final int n = matrix.productCount;
        Parallel.forEach(threads, n, () -> new Accumulator(n, neighbours), (scratch, i) -> {
            if (headIndex[i] >= 0 || matrix.buyersOf[i].length == 0) {
                return;
            }
            int[] buyers = matrix.buyersOf[i];
            float[] buyerRecency = matrix.buyerRecency[i];
            for (int b = 0; b < buyers.length; b++) {
                int[] products = matrix.productsOf[buyers[b]];
                float[] recency = matrix.recencyOf[buyers[b]];
                for (int k = 0; k < Math.min(products.length, RECENT_PRODUCTS); k++) {
                    if (products[k] != i) {
                        scratch.add(products[k], (double) buyerRecency[b] * recency[k]);
                    }
                }
            }
            scratch.keepStrongest(1d / (matrix.diagonal[i] + lambda), matrix.trend);
            rows[i] = scratch.strongest.products();
            weights[i] = scratch.strongest.weights();
        });
    }

    /** A dense row of sums and the products touched, cleared after each product. */
    static final class Accumulator {

        private final double[] sums;
        private final int[] touched;
        private int touchedCount;
        final StrongestWeights strongest;

        Accumulator(int size, int kept) {
            sums = new double[size];
            touched = new int[size];
            strongest = new StrongestWeights(kept);
        }

        void add(int product, double amount) {
            if (amount == 0d) {
                // Nothing to add; and a product whose sum stayed 0 must not be listed as touched twice.
                return;
            }
            if (sums[product] == 0d) {
                touched[touchedCount++] = product;
            }
            sums[product] += amount;
        }

        /**
         * Offers every touched product with its sum times {@code scale} (and its factor, when {@code factors} is
         * given), then clears the sums.
         */
        void keepStrongest(double scale, float[] factors) {
            keepStrongest(scale, Double.MIN_VALUE, factors);
        }

        /** As {@link #keepStrongest(double, float[])}, offering only products whose sum times scale is at least
         * {@code minimum} (before the factor). */
        void keepStrongest(double scale, double minimum, float[] factors) {
            strongest.clear();
            for (int k = 0; k < touchedCount; k++) {
                int product = touched[k];
                double scaled = sums[product] * scale;
                double weight = scaled * (factors == null ? 1d : factors[product]);
                if (scaled >= minimum && weight > 0d) {
                    strongest.offer(product, weight);
                }
                sums[product] = 0d;
            }
            touchedCount = 0;
        }
    }
}
