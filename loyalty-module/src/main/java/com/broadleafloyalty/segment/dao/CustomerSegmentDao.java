package com.broadleafloyalty.segment.dao;

import com.broadleafloyalty.core.segment.CustomerAggregate;
import com.broadleafloyalty.segment.domain.CustomerSegment;
import com.broadleafloyalty.segment.domain.SegmentCutPoints;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Reads and writes RFM rows and cut points; reads Broadleaf's submitted orders as aggregates. */
public interface CustomerSegmentDao {

    /** One aggregate per registered customer over their SUBMITTED orders (one grouped query). */
    List<CustomerAggregate> readOrderAggregates();

    /**
     * Takes the full-run row lock (creating the row on first use) and claims the run, unless another run finished
     * after {@code waitingSince} (another node ran it while this one waited): then false.
     */
    boolean claimFullRun(Date waitingSince);

    SegmentCutPoints readCutPoints();

    /** Existing rows of these customers, by customer id. */
    Map<Long, CustomerSegment> readByCustomers(Collection<Long> customerIds);

    CustomerSegment create();

    void persist(CustomerSegment row);

    /** Flushes the run's writes and empties the persistence context (long runs stay small). */
    void flushAndClear();

    /** Removes rows not written since {@code computedAt}: customers who no longer have a submitted order. */
    int deleteComputedBefore(Date computedAt);

    CustomerSegment readByCustomer(Long customerId);

    /** Ids of the customers whose row holds this segment (the constant's name), ascending. */
    List<Long> readCustomerIdsInSegment(String segment);

    /** One statement: the stored cut points and this customer's row, either may be absent. */
    CheckoutSnapshot readForCheckout(Long customerId);

    /**
     * One statement: adds one order to an existing row and stores the new scores, unless this order was already
     * counted. Returns the number of rows changed (0 or 1).
     */
    int addOrder(Long customerId, Long orderId, java.math.BigDecimal amount, Date firstOrder, Date lastOrder,
            Integer r, Integer f, Integer m, String segment, String phase, Date computedAt);
}
