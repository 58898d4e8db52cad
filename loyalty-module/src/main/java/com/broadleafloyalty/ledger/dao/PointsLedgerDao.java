package com.broadleafloyalty.ledger.dao;

import com.broadleafloyalty.core.ledger.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;

import java.util.List;

public interface PointsLedgerDao {

    PointsLedgerEntry create();

    PointsLedgerEntry save(PointsLedgerEntry entry);

    void delete(PointsLedgerEntry entry);

    PointsLedgerEntry readById(Long id);

    /** Newest first. */
    List<PointsLedgerEntry> readForCustomer(Long customerId);

    long sumPointsForCustomer(Long customerId);

    PointsLedgerEntry readBySource(String sourceType, Long sourceId, PointsEntryType entryType);

    /** Sum of the points of the order's entries of one type (e.g. all clawbacks so far). */
    long sumForOrder(Long orderId, PointsEntryType entryType);

    /** Ledger sums per customer: customer id to sum of points, for verification. */
    java.util.Map<Long, Long> sumPointsByCustomer();
}
