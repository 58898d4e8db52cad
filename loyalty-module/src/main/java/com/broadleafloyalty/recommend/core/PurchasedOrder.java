package com.broadleafloyalty.recommend.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

/** A completed order as the recommender sees it: who bought which products, when. Products are distinct. */
public final class PurchasedOrder {

    private final String customerId;
    private final long orderedAtMillis;
    private final List<String> productIds;

    public PurchasedOrder(String customerId, long orderedAtMillis, Collection<String> productIds) {
        if (customerId == null || customerId.isEmpty()) {
            throw new IllegalArgumentException("A purchased order needs a customer");
        }
        this.customerId = customerId;
        this.orderedAtMillis = orderedAtMillis;
        this.productIds = Collections.unmodifiableList(new ArrayList<String>(new LinkedHashSet<String>(productIds)));
    }

    public String getCustomerId() {
        return customerId;
    }

    public long getOrderedAtMillis() {
        return orderedAtMillis;
    }

    public List<String> getProductIds() {
        return productIds;
    }
}
