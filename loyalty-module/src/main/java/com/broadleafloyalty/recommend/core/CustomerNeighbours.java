package com.broadleafloyalty.recommend.core;

/**
 * Finds each customer's most similar customers, the "k nearest neighbours" of TIFU-kNN (Hu et al., SIGIR 2020):
 * cosine similarity of their frequency vectors (the share of their orders that contained each product, with time
 * decay). Candidates come from the buyers of the customer's products; a product bought by more than
 * {@code candidatesPerProduct} customers offers only its most recent buyers, which bounds a rebuild at
 * (pairs x candidatesPerProduct) multiply-adds whatever the shop's size. The result is published on each
 * {@link CustomerPurchases} as what a request needs of it: for each product the customer bought, its mean frequency
 * among the similar customers (4 bytes a product the customer bought).
 */
final class CustomerNeighbours {

    static final int CANDIDATES_PER_PRODUCT = 500;

    private final int neighbours;
    private final int threads;

    CustomerNeighbours(int neighbours, int threads) {
        this.neighbours = neighbours;
        this.threads = threads;
    }

    void find(final PurchaseMatrix matrix) {
        final int customers = matrix.customerCount();
        final int[][] similar = new int[customers][];
        if (neighbours == 0) {
            for (int c = 0; c < customers; c++) {
                matrix.customers[c].neighbourFrequencies(new float[0]);
            }
            return;
        }
        final double[] norms = new double[customers];
        for (int c = 0; c < customers; c++) {
            double sum = 0d;
            for (float value : matrix.frequencyOf[c]) {
                sum += (double) value * value;
            }
            norms[c] = Math.sqrt(sum);
        }
        final int[][] candidates = new int[matrix.productCount][];
        final float[][] candidateFrequency = new float[matrix.productCount][];
        recentBuyers(matrix, candidates, candidateFrequency);
        // Each candidate's frequency divided by its vector's length once, so the scan below only multiplies and adds.
        for (int p = 0; p < matrix.productCount; p++) {
            float[] normalized = new float[candidates[p].length];
            for (int b = 0; b < normalized.length; b++) {
                double norm = norms[candidates[p][b]];
                normalized[b] = norm > 0d ? (float) (candidateFrequency[p][b] / norm) : 0f;
            }
            candidateFrequency[p] = normalized;
        }
        Parallel.forEach(threads, customers, () -> new CoPurchaseWeights.Accumulator(customers, neighbours),
                (scratch, c) -> {
                    int[] products = matrix.productsOf[c];
                    float[] frequency = matrix.frequencyOf[c];
                    for (int k = 0; k < products.length; k++) {
                        int[] buyers = candidates[products[k]];
                        float[] buyerFrequency = candidateFrequency[products[k]];
                        for (int b = 0; b < buyers.length; b++) {
                            if (buyers[b] != c) {
                                scratch.add(buyers[b], (double) frequency[k] * buyerFrequency[b]);
                            }
                        }
                    }
                    scratch.keepStrongest(1d, null);
                    similar[c] = scratch.strongest.products();
                });
        Parallel.forEach(threads, customers, () -> new int[matrix.productCount], (slotOf, c) ->
                publishFrequencies(matrix, c, similar[c], slotOf));
    }

    /**
     * Publishes on the customer, by slot of each product they bought, the mean frequency of that product among their
     * similar customers: what a request adds, computed once here instead of on every request.
     */
    private static void publishFrequencies(PurchaseMatrix matrix, int c, int[] similar, int[] slotOf) {
        CustomerPurchases customer = matrix.customers[c];
        int[] owned;
        synchronized (customer) {
            owned = new int[customer.size()];
            for (int slot = 0; slot < owned.length; slot++) {
                owned[slot] = customer.product(slot);
            }
        }
        int size = owned.length;
        for (int slot = 0; slot < size; slot++) {
            if (owned[slot] < slotOf.length) {
                slotOf[owned[slot]] = slot + 1;
            }
        }
        float[] bySlot = new float[size];
        for (int neighbour : similar) {
            int[] theirs = matrix.productsOf[neighbour];
            float[] frequency = matrix.frequencyOf[neighbour];
            for (int k = 0; k < theirs.length; k++) {
                int slot = slotOf[theirs[k]];
                if (slot > 0) {
                    bySlot[slot - 1] += frequency[k] / similar.length;
                }
            }
        }
        for (int product : owned) {
            if (product < slotOf.length) {
                slotOf[product] = 0;
            }
        }
        customer.neighbourFrequencies(bySlot);
    }

    /** Each product's buyers, only the most recent {@link #CANDIDATES_PER_PRODUCT} of a product bought by more. */
    private static void recentBuyers(PurchaseMatrix matrix, int[][] candidates, float[][] candidateFrequency) {
        for (int p = 0; p < matrix.productCount; p++) {
            int[] buyers = matrix.buyersOf[p];
            if (buyers.length <= CANDIDATES_PER_PRODUCT) {
                candidates[p] = buyers;
                candidateFrequency[p] = matrix.buyerFrequency[p];
                continue;
            }
            StrongestWeights recent = new StrongestWeights(CANDIDATES_PER_PRODUCT);
            for (int b = 0; b < buyers.length; b++) {
                // Recency, with the position as a tie-break so equal days keep a stable choice.
                recent.offer(b, matrix.buyerRecency[p][b] + 1e-9 * b / buyers.length);
            }
            int[] positions = recent.products();
            candidates[p] = new int[positions.length];
            candidateFrequency[p] = new float[positions.length];
            for (int k = 0; k < positions.length; k++) {
                candidates[p][k] = buyers[positions[k]];
                candidateFrequency[p][k] = matrix.buyerFrequency[p][positions[k]];
            }
        }
    }
}
