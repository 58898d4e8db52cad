package com.broadleafloyalty.recommend.service;

import java.util.Collections;
import java.util.List;

/** What one widget shows: the products, and whether they were chosen for this shopper or are simply popular. */
public class ProductRecommendations {

    private final List<RecommendedProduct> products;
    private final boolean personal;

    public ProductRecommendations(List<RecommendedProduct> products, boolean personal) {
        this.products = Collections.unmodifiableList(products);
        this.personal = personal;
    }

    public static ProductRecommendations none() {
        return new ProductRecommendations(Collections.<RecommendedProduct>emptyList(), false);
    }

    public List<RecommendedProduct> getProducts() {
        return products;
    }

    /** True when learned from the shopper's own purchases, false for the most bought products. */
    public boolean isPersonal() {
        return personal;
    }

    public boolean isEmpty() {
        return products.isEmpty();
    }
}
