package com.broadleafloyalty.returns.service;

import java.util.Map;

/**
 * Cancellations and returns: points an order earned are clawed back, points redeemed on it are restored. Every call
 * is idempotent: the same cancellation, or the same return reference, never changes a balance twice.
 */
public interface LoyaltyReturnService {

    /** Claws back all points the order earned and restores all points redeemed on it. */
    ReturnOutcome cancelOrder(Long orderId, String actor);

    /**
     * A partial return. {@code quantitiesByOrderItemId} maps order item ids to the quantity returned; the clawback is
     * proportional to the returned lines and uses the rule snapshot of the original award. {@code returnReference}
     * (e.g. an RMA or credit-note number) identifies the return: replaying it changes nothing.
     */
    ReturnOutcome returnItems(Long orderId, String returnReference, Map<Long, Integer> quantitiesByOrderItemId,
            String actor);

    /** Units returned per order item, over every return recorded by the module (what the recommender leaves out). */
    Map<Long, Integer> returnedQuantities();
}
