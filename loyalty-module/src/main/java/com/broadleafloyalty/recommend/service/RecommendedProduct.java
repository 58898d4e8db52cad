package com.broadleafloyalty.recommend.service;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;

/** A product as a recommendation widget shows it: name, link, price and the points buying one would earn. */
public class RecommendedProduct {

    private final Product product;
    private final Money price;
    private final long points;

    public RecommendedProduct(Product product, Money price, long points) {
        this.product = product;
        this.price = price;
        this.points = points;
    }

    public Product getProduct() {
        return product;
    }

    public Long getId() {
        return product.getId();
    }

    public String getName() {
        return product.getName();
    }

    /** The product's Broadleaf URL (its page). */
    public String getUrl() {
        return product.getUrl();
    }

    /** Price of the sku offered (sale price when there is one). */
    public Money getPrice() {
        return price;
    }

    /** Points one unit earns at the programme's earning rate (before any multiplier or minimum order rule). */
    public long getPoints() {
        return points;
    }
}
