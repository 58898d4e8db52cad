package com.broadleafloyalty.segment.service;

import org.broadleafcommerce.core.order.domain.Order;

/** RFM segments of the shop's customers: the full recompute job, the update after a checkout, and what the admin shows. */
public interface CustomerSegmentService {

    /**
     * Recomputes every customer's aggregates, scores, segment and phase from Broadleaf's submitted orders and stores
     * the new cut points. Safe on several nodes: runs one at a time, and a node that waited for another node's run
     * skips its own.
     */
    FullRunSummary recomputeAll();

    /** Adds a just-completed order to its customer's row and rescores them against the stored cut points. */
    void recordCompletedOrder(Order order);

    /** The customer's row for display, or null when the customer has no submitted order counted yet. */
    CustomerSegmentView viewOf(Long customerId);
}
