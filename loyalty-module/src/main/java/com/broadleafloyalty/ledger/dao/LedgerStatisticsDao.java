package com.broadleafloyalty.ledger.dao;

import com.broadleafloyalty.ledger.core.PointsEntryType;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Set;

/** Aggregate reads of the ledger for the dashboard: sums, never entries. */
public interface LedgerStatisticsDao {

    /** Sums of points by day (as the database reads the day) and type, of entries written in [from, to). */
    Map<LocalDate, Map<PointsEntryType, Long>> sumByDayAndType(Date from, Date to);

    /** Sum of every entry written before {@code at}. */
    long sumBefore(Date at);

    /**
     * Points of batches credited before {@code at} that are not yet available at {@code at}, less what entries
     * written before {@code at} drew from them.
     */
    long pendingAt(Date at);

    /** Customers with a REDEEM entry written before {@code at}. */
    Set<Long> customersWithRedemptionsBefore(Date at);
}
