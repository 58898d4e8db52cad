package com.broadleafloyalty.recommend.core;

/** What a model holds: products and customers known, products with learned weights, and the weights' bytes. */
public final class ModelSize {

    private final int products;
    private final int customers;
    private final int weightedProducts;
    private final long weightBytes;

    public ModelSize(int products, int customers, int weightedProducts, long weightBytes) {
        this.products = products;
        this.customers = customers;
        this.weightedProducts = weightedProducts;
        this.weightBytes = weightBytes;
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

    @Override
    public String toString() {
        return products + " products (" + weightedProducts + " with weights, " + weightBytes / 1024 + " KiB), "
                + customers + " customers";
    }
}
