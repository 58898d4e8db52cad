package com.broadleafloyalty.recommend.core;

/**
 * How much buying one product says about buying each other product: for each product a short row of its
 * strongest neighbours (product numbers) and their weights, learned by {@link EaseTrainer}. Immutable, so requests
 * read it without locks while a rebuild prepares the next one. Products first seen after the build have no row.
 */
final class ItemWeights {

    static final ItemWeights NONE = new ItemWeights(new int[0][], new float[0][]);

    private final int[][] neighbours;
    private final float[][] weights;

    ItemWeights(int[][] neighbours, float[][] weights) {
        this.neighbours = neighbours;
        this.weights = weights;
    }

    int productCount() {
        return neighbours.length;
    }

    /** Neighbour product numbers of the product, strongest first; empty when the product has no row. */
    int[] neighboursOf(int product) {
        return product < neighbours.length && neighbours[product] != null ? neighbours[product] : new int[0];
    }

    float[] weightsOf(int product) {
        return product < weights.length && weights[product] != null ? weights[product] : new float[0];
    }

    /** Adds {@code amount} times the product's row to the request's scores. */
    void addRow(int product, double amount, ScoreBoard scores) {
        if (product >= neighbours.length || neighbours[product] == null) {
            return;
        }
        int[] targets = neighbours[product];
        float[] row = weights[product];
        for (int k = 0; k < targets.length; k++) {
            scores.add(targets[k], amount * row[k]);
        }
    }

    /** Bytes held by the rows: 8 per kept neighbour plus array headers. */
    long bytes() {
        long bytes = 32L * neighbours.length;
        for (int[] row : neighbours) {
            bytes += row == null ? 0 : 8L * row.length;
        }
        return bytes;
    }
}
