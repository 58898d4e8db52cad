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
    Set<String> readProductsBoughtSince(Long customerId, Date since);
}
