package com.broadleafloyalty.recommend.core;

/**
 * Learns {@link ItemWeights} with EASE^R (Steck 2019, "Embarrassingly Shallow Autoencoders"): the closed-form ridge
 * regression that predicts each product from all the others a customer bought, with a zero diagonal so a product
 * never explains itself: {@code P = (G + lambda I)^-1, B[i][j] = -P[i][j] / P[j][j]}. G is the Gram matrix of
 * customers x products where a customer's entry for a product is 1 on the day of the last purchase and halves every
 * half-life after it, so recent shopping habits shape the weights more than old ones. Each row keeps its
 * {@code neighbours} largest weights, which bounds memory (8 bytes a neighbour) and the cost of a request.
 * <p>
 * Cost: one dense n x n Gram matrix (8 n^2 bytes while training) and its inversion (n^3); meant for catalogs of up to
 * a few thousand products that have been ordered.
 */
final class EaseTrainer {

    private final double lambda;
    private final int neighbours;

    EaseTrainer(double lambda, int neighbours) {
        this.lambda = lambda;
        this.neighbours = neighbours;
    }

    ItemWeights train(PurchaseHistories histories, int productCount) {
        if (productCount == 0) {
            return ItemWeights.NONE;
        }
        double[][] gram = gram(histories, productCount);
        for (int i = 0; i < productCount; i++) {
            gram[i][i] += lambda;
        }
        SymmetricMatrixInverse.invertInPlace(gram);
        return truncatedWeights(gram);
    }

    private static double[][] gram(PurchaseHistories histories, int productCount) {
        double[][] gram = new double[productCount][productCount];
        long now = histories.latestOrderMillis();
        RecencyDecay decay = histories.decay();
        int[] products = new int[16];
        double[] recency = new double[16];
        for (CustomerPurchases purchases : histories.all()) {
            int size = 0;
            synchronized (purchases) {
                if (purchases.size() > products.length) {
                    products = new int[purchases.size() * 2];
                    recency = new double[purchases.size() * 2];
                }
                for (int slot = 0; slot < purchases.size(); slot++) {
                    if (purchases.product(slot) < productCount) {
                        products[size] = purchases.product(slot);
                        recency[size] = decay.factor(purchases.lastPurchased(slot), now);
                        size++;
                    }
                }
            }
            for (int a = 0; a < size; a++) {
                double[] row = gram[products[a]];
                double weight = recency[a];
                for (int b = 0; b < size; b++) {
                    row[products[b]] += weight * recency[b];
                }
            }
        }
        return gram;
    }

    /** Row j of B holds what buying j says about each other product i: -P[j][i] / P[i][i]. */
    private ItemWeights truncatedWeights(double[][] inverse) {
        int n = inverse.length;
        int[][] rows = new int[n][];
        float[][] weights = new float[n][];
        StrongestWeights strongest = new StrongestWeights(Math.min(neighbours, Math.max(n - 1, 0)));
        for (int j = 0; j < n; j++) {
            strongest.clear();
            double[] row = inverse[j];
            for (int i = 0; i < n; i++) {
                if (i != j) {
                    double weight = -row[i] / inverse[i][i];
                    if (weight > 0d) {
                        strongest.offer(i, weight);
                    }
                }
            }
            rows[j] = strongest.products();
            weights[j] = strongest.weights();
        }
        return new ItemWeights(rows, weights);
    }
}
