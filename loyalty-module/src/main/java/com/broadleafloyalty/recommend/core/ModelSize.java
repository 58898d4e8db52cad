package com.broadleafloyalty.recommend.core;

/**
 * What a model holds: products and customers known, products with learned weights, the weights' bytes and the
 * bytes of the similar-customer lists.
 */
public final class ModelSize {

    private final int products;
    private final int customers;
    private final int weightedProducts;
    private final long weightBytes;
    private final long neighbourBytes;

    public ModelSize(int products, int customers, int weightedProducts, long weightBytes, long neighbourBytes) {
        this.products = products;
        this.customers = customers;
        this.weightedProducts = weightedProducts;
        this.weightBytes = weightBytes;
        this.neighbourBytes = neighbourBytes;
    }

    public int getProducts() {
        return products;
    }

    public int getCustomers() {
        return customers;
    }

    public int getWeightedProducts() {
        return weightedProducts;
    }

    public long getWeightBytes() {
        return weightBytes;
    }

    /** Bytes of every customer's list of similar customers (4 a neighbour). */
    public long getNeighbourBytes() {
        return neighbourBytes;
    }

    @Override
    public String toString() {
        return products + " products (" + weightedProducts + " with weights, " + weightBytes / 1024 + " KiB), "
                + customers + " customers (similar customers " + neighbourBytes / 1024 + " KiB)";
    }
}
