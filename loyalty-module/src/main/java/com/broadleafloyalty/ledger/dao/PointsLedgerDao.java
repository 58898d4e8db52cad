package com.broadleafloyalty.ledger.dao;

import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.EarnedBatch;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;

import java.util.Date;
import java.util.List;

public interface PointsLedgerDao {

    PointsLedgerEntry create();

    /** Persists a new entry (its id is assigned at once); the INSERT is sent at the next flush. */
    PointsLedgerEntry save(PointsLedgerEntry entry);

    /**
     * Inserts a new EARN entry and its earned batch, which takes the entry's id, at once: in the current transaction,
     * without flushing the persistence context. Neither is managed afterwards.
     */
    void insertEarnedAtOnce(PointsLedgerEntry entry, EarnedBatch batch);

    /** Sends pending changes of the current transaction to the database. */
    void flush();

    void delete(PointsLedgerEntry entry);

    PointsLedgerEntry readById(Long id);

    /** Newest first. */
    List<PointsLedgerEntry> readForCustomer(Long customerId);

    /** Newest first, {@code count} entries from {@code first} (0-based). */
    List<PointsLedgerEntry> readForCustomer(Long customerId, int first, int count);

    long countForCustomer(Long customerId);

    long sumPointsForCustomer(Long customerId);

    PointsLedgerEntry readBySource(String sourceType, Long sourceId, PointsEntryType entryType);

    /**
     * Like {@link #readBySource} but without flushing the persistence context first (the ledger's own check, under
     * the account lock, after the ledger flushed what it wrote earlier in the transaction).
     */
    PointsLedgerEntry readBySourceWithoutFlush(String sourceType, Long sourceId, PointsEntryType entryType);

    /**
     * A new id, unique across shop nodes (drawn from the entries' own id table), for a posting whose source has no id
     * of its own, such as an admin's adjustment.
     */
    Long newSourceId();

    /** Sum of the points of the order's entries of one type (e.g. all clawbacks so far). */
    long sumForOrder(Long orderId, PointsEntryType entryType);

    /** Sum of the EARN and CLAWBACK points of the customer's orders posted since {@code from}. */
    long sumOrderPointsSince(Long customerId, Date from);

    /** The source ids recorded under one source type and entry type (e.g. the lines of one imported file). */
    java.util.List<Long> readSourceIds(String sourceType, PointsEntryType entryType);

    /** Ledger sums per customer: customer id to sum of points, for verification. */
    java.util.Map<Long, Long> sumPointsByCustomer();
}
