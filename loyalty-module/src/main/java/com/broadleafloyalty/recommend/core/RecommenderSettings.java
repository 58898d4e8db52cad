package com.broadleafloyalty.recommend.core;

/**
 * The engine's knobs. The defaults were tuned on a validation split carved from the training period of the
 * online-retail data set (train before 2011-05-01, validate on May and June 2011), never on the test period;
 * see the README's "Recommendations" section. Immutable: each {@code with...} returns a changed copy.
 */
public final class RecommenderSettings implements Cloneable {

    private double halfLifeDays = 60d;
    private double frequencyHalfLifeDays = 365d;
    private double trendHalfLifeDays = 30d;
    private double ridgeLambda = 100d;
    private double repurchaseWeight = 0.25d;
    private int neighboursPerProduct = 100;
    private int denseProducts = 2000;
    private int customerNeighbours = 100;
    private double neighbourWeight = 0.5d;
    private double nameShare = 0.4d;
    private int nameNeighbours = 50;
    private int rebuildThreads = Runtime.getRuntime().availableProcessors();
    private boolean recommendPurchased = true;

    private RecommenderSettings() {
    }

    /**
     * Recency half-life 60 days, frequency half-life 365 days, trend half-life 30 days, lambda 100, repurchase
     * weight 0.25, 100 neighbours per product, EASE^R over the 2,000 most bought products, 100 neighbour customers
     * weighing 0.5, product names 0.4 of a new product's score with 50 name neighbours per product, already-bought
     * products allowed, rebuilt on every core.
     */
    public static RecommenderSettings defaults() {
        return new RecommenderSettings();
    }

    /** How fast a co-purchase loses weight in the product weights, in days; zero or less: never. */
    public double getHalfLifeDays() {
        return halfLifeDays;
    }

    /** How fast a purchase loses weight in a customer's own frequencies, in days; zero or less: never. */
    public double getFrequencyHalfLifeDays() {
        return frequencyHalfLifeDays;
    }

    /**
     * How fast a product's demand counts as stale, in days: a weight towards a product is multiplied by the mean over
     * its buyers of 1 on the day of their last purchase, halving every this many days. Zero or less: no trend.
     */
    public double getTrendHalfLifeDays() {
        return trendHalfLifeDays;
    }

    /** EASE^R's L2 regularization: larger means smoother, more popular-leaning product weights. */
    public double getRidgeLambda() {
        return ridgeLambda;
    }

    /** How much a customer's own frequency of buying a product adds to it (the repeat purchase signal). */
    public double getRepurchaseWeight() {
        return repurchaseWeight;
    }

    /** Product weights kept per product (the neighbourhood truncation). */
    public int getNeighboursPerProduct() {
        return neighboursPerProduct;
    }

    /**
     * How many of the most bought products get EASE^R weights (a dense matrix of this size squared is inverted at
     * each rebuild); the others get co-purchase weights from their sparse co-purchase lists.
     */
    public int getDenseProducts() {
        return denseProducts;
    }

    /** How many most similar customers lend their frequencies to a customer's list (the kNN of TIFU-kNN). */
    public int getCustomerNeighbours() {
        return customerNeighbours;
    }

    /** How much the mean frequencies of the similar customers add, against 1 for the product weights. */
    public double getNeighbourWeight() {
        return neighbourWeight;
    }

    /**
     * The share of product names in the score of a product the customer has not bought: 0.4 means 60 % what the
     * products they bought go with (the product weights) and 40 % how much its name resembles theirs, each scaled to
     * its best product. Zero: names are not used.
     */
    public double getNameShare() {
        return nameShare;
    }

    /** Products of most similar name kept per product. */
    public int getNameNeighbours() {
        return nameNeighbours;
    }

    /** Threads a rebuild may use; requests are never served from them. */
    public int getRebuildThreads() {
        return rebuildThreads;
    }

    /** Whether products the customer already bought may be recommended to them (repurchase). */
    public boolean isRecommendPurchased() {
        return recommendPurchased;
    }

    public RecommenderSettings withHalfLifeDays(double days) {
        RecommenderSettings copy = copy();
        copy.halfLifeDays = days;
        return copy;
    }

    public RecommenderSettings withFrequencyHalfLifeDays(double days) {
        RecommenderSettings copy = copy();
        copy.frequencyHalfLifeDays = days;
        return copy;
    }

    public RecommenderSettings withTrendHalfLifeDays(double days) {
        RecommenderSettings copy = copy();
        copy.trendHalfLifeDays = days;
        return copy;
    }

    public RecommenderSettings withRidgeLambda(double lambda) {
        if (!(lambda > 0d)) {
            throw new IllegalArgumentException("The ridge lambda must be more than zero, got " + lambda);
        }
        RecommenderSettings copy = copy();
        copy.ridgeLambda = lambda;
        return copy;
    }

    public RecommenderSettings withRepurchaseWeight(double weight) {
        RecommenderSettings copy = copy();
        copy.repurchaseWeight = notNegative(weight, "The repurchase weight");
        return copy;
    }

    public RecommenderSettings withNeighboursPerProduct(int neighbours) {
        RecommenderSettings copy = copy();
        copy.neighboursPerProduct = (int) notNegative(neighbours, "The neighbours per product");
        return copy;
    }

    public RecommenderSettings withDenseProducts(int products) {
        RecommenderSettings copy = copy();
        copy.denseProducts = (int) notNegative(products, "The dense products");
        return copy;
    }

    public RecommenderSettings withCustomerNeighbours(int customers) {
        RecommenderSettings copy = copy();
        copy.customerNeighbours = (int) notNegative(customers, "The customer neighbours");
        return copy;
    }

    public RecommenderSettings withNeighbourWeight(double weight) {
        RecommenderSettings copy = copy();
        copy.neighbourWeight = notNegative(weight, "The neighbour weight");
        return copy;
    }

    public RecommenderSettings withNameShare(double share) {
        if (!(share >= 0d && share < 1d)) {
            throw new IllegalArgumentException("The share of product names must be from 0 to less than 1, got " + share);
        }
        RecommenderSettings copy = copy();
        copy.nameShare = share;
        return copy;
    }

    public RecommenderSettings withNameNeighbours(int neighbours) {
        RecommenderSettings copy = copy();
        copy.nameNeighbours = (int) notNegative(neighbours, "The name neighbours");
        return copy;
    }

    public RecommenderSettings withRebuildThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("A rebuild needs at least one thread, got " + threads);
        }
        RecommenderSettings copy = copy();
        copy.rebuildThreads = threads;
        return copy;
    }

    public RecommenderSettings withRecommendPurchased(boolean allowed) {
        RecommenderSettings copy = copy();
        copy.recommendPurchased = allowed;
        return copy;
    }

    private static double notNegative(double value, String what) {
        if (value < 0d || Double.isNaN(value)) {
            throw new IllegalArgumentException(what + " cannot be negative, got " + value);
        }
        return value;
    }

    private RecommenderSettings copy() {
        try {
            return (RecommenderSettings) clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "half-lives " + halfLifeDays + " / " + frequencyHalfLifeDays + " / " + trendHalfLifeDays
                + " days, lambda " + ridgeLambda
                + " over " + denseProducts + " products, repurchase weight " + repurchaseWeight + ", "
                + neighboursPerProduct + " neighbours per product, " + customerNeighbours + " neighbour customers"
                + " weighing " + neighbourWeight + ", names " + nameShare + " of a new product's score ("
                + nameNeighbours + " per product), purchased products "
                + (recommendPurchased ? "allowed" : "excluded");
    }
}
