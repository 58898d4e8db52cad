package com.broadleafloyalty.recommend.dao;

import com.broadleafloyalty.recommend.core.PurchasedOrder;

import java.util.Date;
import java.util.Map;
import java.util.Set;

/** Reads what the recommender learns from: the shop's completed orders. */
public interface CompletedOrderDao {

    /**
     * Every submitted order (cancelled orders are not submitted any more) as the products its customer bought, by
     * order id; a line returned in full ({@code returned}: units returned per order item) is left out, and an order
     * left with no line is left out.
     */
    Map<String, PurchasedOrder> readCompletedOrders(Map<Long, Integer> returned);

    /** The products of the customer's submitted orders placed since {@code since}: what they have just bought. */
    /**
     * The name of every product ever ordered, by product id, as its order lines carry it (the shopper saw it so);
     * a renamed product's lines carry several, and every node picks the same one.
     */
    Map<String, String> readProductNames();

    Set<String> readProductsBoughtSince(Long customerId, Date since);
}
