package com.broadleafloyalty.recommend.core;

/**
 * The engine's knobs. The defaults were tuned on a validation split carved from the training period of the
 * online-retail data set (train before 2011-05-01, validate on May and June 2011), never on the test period;
 * see the README's "Recommendations" section. Immutable: each {@code with...} returns a changed copy.
 */
public final class RecommenderSettings {

    private final double halfLifeDays;
    private final double ridgeLambda;
    private final double repurchaseWeight;
    private final int neighboursPerProduct;
    private final boolean recommendPurchased;

    private RecommenderSettings(double halfLifeDays, double ridgeLambda, double repurchaseWeight,
            int neighboursPerProduct, boolean recommendPurchased) {
        if (ridgeLambda <= 0d) {
            throw new IllegalArgumentException("The ridge lambda must be more than zero, got " + ridgeLambda);
        }
        if (repurchaseWeight < 0d || neighboursPerProduct < 0) {
            throw new IllegalArgumentException("Weights and neighbour counts cannot be negative");
        }
        this.halfLifeDays = halfLifeDays;
        this.ridgeLambda = ridgeLambda;
        this.repurchaseWeight = repurchaseWeight;
        this.neighboursPerProduct = neighboursPerProduct;
        this.recommendPurchased = recommendPurchased;
    }

    /** Half-life 60 days, lambda 100, repurchase weight 0.3, 100 neighbours, already-bought products allowed. */
    public static RecommenderSettings defaults() {
        return new RecommenderSettings(60d, 100d, 0.3d, 100, true);
    }

    /** How fast a purchase loses weight, in days; zero or less: never. */
    public double getHalfLifeDays() {
        return halfLifeDays;
    }

    /** EASE^R's L2 regularization: larger means smoother, more popular-leaning product weights. */
    public double getRidgeLambda() {
        return ridgeLambda;
    }

    /** How much a customer's own (decayed) purchase count adds to a product they bought before. */
    public double getRepurchaseWeight() {
        return repurchaseWeight;
    }

    /** Product weights kept per product (the neighbourhood truncation). */
    public int getNeighboursPerProduct() {
        return neighboursPerProduct;
    }

    /** Whether products the customer already bought may be recommended to them (repurchase). */
    public boolean isRecommendPurchased() {
        return recommendPurchased;
    }

    public RecommenderSettings withHalfLifeDays(double days) {
        return new RecommenderSettings(days, ridgeLambda, repurchaseWeight, neighboursPerProduct, recommendPurchased);
    }

    public RecommenderSettings withRidgeLambda(double lambda) {
        return new RecommenderSettings(halfLifeDays, lambda, repurchaseWeight, neighboursPerProduct, recommendPurchased);
    }

    public RecommenderSettings withRepurchaseWeight(double weight) {
        return new RecommenderSettings(halfLifeDays, ridgeLambda, weight, neighboursPerProduct, recommendPurchased);
    }

    public RecommenderSettings withNeighboursPerProduct(int neighbours) {
        return new RecommenderSettings(halfLifeDays, ridgeLambda, repurchaseWeight, neighbours, recommendPurchased);
    }

    public RecommenderSettings withRecommendPurchased(boolean allowed) {
        return new RecommenderSettings(halfLifeDays, ridgeLambda, repurchaseWeight, neighboursPerProduct, allowed);
    }

    @Override
    public String toString() {
        return "half-life " + halfLifeDays + " days, lambda " + ridgeLambda + ", repurchase weight " + repurchaseWeight
                + ", " + neighboursPerProduct + " neighbours, purchased products "
                + (recommendPurchased ? "allowed" : "excluded");
    }
}
