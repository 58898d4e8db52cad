package com.broadleafloyalty.lifecycle.dao;

import java.util.Date;
import java.util.List;

/** Read-only queries over Broadleaf's orders that find the lifecycle emails' triggers. */
public interface LifecycleDao {

    /** Registered customers whose first submitted order was placed after {@code since}, ids ascending. */
    List<Long> readCustomersWithFirstOrderSince(Date since, Long afterCustomerId, int limit);

    /**
     * Ids of registered customers' carts (IN_PROCESS orders with items) last updated within [from, until], ascending.
     */
    List<Long> readIdleCartIds(Date from, Date until, Long afterOrderId, int limit);

    /** Ids of registered customers' orders submitted within [from, until] and not cancelled, ascending. */
    List<Long> readOrderIdsSubmittedBetween(Date from, Date until, Long afterOrderId, int limit);

    /** Registered customers whose latest submitted order was placed before {@code before}, ids ascending. */
    List<Long> readCustomersWithLastOrderBefore(Date before, Long afterCustomerId, int limit);

    /** The customer's latest order submit date, or null. */
    Date readLastOrderDate(Long customerId);
}
