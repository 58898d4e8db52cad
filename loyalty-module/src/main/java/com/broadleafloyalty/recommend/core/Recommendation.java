package com.broadleafloyalty.recommend.core;

/** One recommended product and the score that ranked it (higher is better; comparable within one list only). */
public final class Recommendation {

    private final String productId;
    private final double score;

    public Recommendation(String productId, double score) {
        this.productId = productId;
        this.score = score;
    }

    public String getProductId() {
        return productId;
    }

    public double getScore() {
        return score;
    }

    @Override
    public String toString() {
        return productId + "(" + score + ")";
    }
}
