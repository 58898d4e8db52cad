package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.ledger.core.PointsEntryType;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Set;

/** The ledger's figures for reporting (the analytics dashboard): aggregate reads, no entries loaded. */
public interface LedgerStatistics {

    /** Points of the entries written in [from, to), by day (the database's calendar) and entry type, signed. */
    Map<LocalDate, Map<PointsEntryType, Long>> pointsByDay(Date from, Date to);

    /** The points liability at {@code at}: the sum of every balance, i.e. of every entry written before it. */
    long liabilityAt(Date at);

    /** Points credited before {@code at} that were still pending (inside the return window) at {@code at}. */
    long pendingAt(Date at);

    /** Customers who had redeemed points at least once before {@code at}. */
    Set<Long> customersWhoRedeemedBefore(Date at);
}
