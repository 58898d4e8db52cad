package com.broadleafloyalty.ledger.dao;

import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntryImpl;

import java.time.LocalDate;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;

public class LedgerStatisticsDaoImpl implements LedgerStatisticsDao {

    private static final String ENTRY = PointsLedgerEntryImpl.class.getName();

    /**
     * Pending points as they stood at :at: batches whose credit was written before it and that become available
     * after it, less what entries written before it drew from them (clawbacks draw from the award's own batch).
     */
    private static final String PENDING_AT = "SELECT COALESCE(SUM(b.POINTS), 0) - COALESCE((SELECT SUM(d.POINTS)"
            + " FROM LOY_BATCH_DEBIT d JOIN LOY_EARNED_BATCH db ON db.BATCH_ID = d.BATCH_ID"
            + " JOIN LOY_LEDGER_ENTRY dc ON dc.LEDGER_ENTRY_ID = db.LEDGER_ENTRY_ID"
            + " JOIN LOY_LEDGER_ENTRY de ON de.LEDGER_ENTRY_ID = d.LEDGER_ENTRY_ID"
            + " WHERE dc.CREATED_DATE < :at AND db.AVAILABLE_FROM > :at AND de.CREATED_DATE < :at), 0)"
            + " FROM LOY_EARNED_BATCH b JOIN LOY_LEDGER_ENTRY e ON e.LEDGER_ENTRY_ID = b.LEDGER_ENTRY_ID"
            + " WHERE e.CREATED_DATE < :at AND b.AVAILABLE_FROM > :at";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public Map<LocalDate, Map<PointsEntryType, Long>> sumByDayAndType(Date from, Date to) {
        List<Object[]> rows = em.createQuery("SELECT year(e.createdDate), month(e.createdDate), day(e.createdDate),"
                + " e.entryType, SUM(e.points) FROM " + ENTRY + " e WHERE e.createdDate >= :from AND e.createdDate < :to"
                + " GROUP BY year(e.createdDate), month(e.createdDate), day(e.createdDate), e.entryType", Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        Map<LocalDate, Map<PointsEntryType, Long>> sums = new TreeMap<LocalDate, Map<PointsEntryType, Long>>();
        for (Object[] row : rows) {
            LocalDate day = LocalDate.of(intOf(row[0]), intOf(row[1]), intOf(row[2]));
            Map<PointsEntryType, Long> types = sums.get(day);
            if (types == null) {
                types = new EnumMap<PointsEntryType, Long>(PointsEntryType.class);
                sums.put(day, types);
            }
            types.put((PointsEntryType) row[3], ((Number) row[4]).longValue());
        }
        return sums;
    }

    @Override
    public long sumBefore(Date at) {
        Long sum = em.createQuery("SELECT SUM(e.points) FROM " + ENTRY + " e WHERE e.createdDate < :at", Long.class)
                .setParameter("at", at).setFlushMode(FlushModeType.COMMIT).getSingleResult();
        return sum == null ? 0L : sum;
    }

    @Override
    public long pendingAt(Date at) {
        Object sum = em.createNativeQuery(PENDING_AT).setParameter("at", at).setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
        return sum == null ? 0L : ((Number) sum).longValue();
    }

    @Override
    public Set<Long> customersWithRedemptionsBefore(Date at) {
        return new HashSet<Long>(em.createQuery("SELECT DISTINCT e.customerId FROM " + ENTRY + " e"
                + " WHERE e.entryType = :redeem AND e.createdDate < :at", Long.class)
                .setParameter("redeem", PointsEntryType.REDEEM).setParameter("at", at)
                .setFlushMode(FlushModeType.COMMIT).getResultList());
    }

    private static int intOf(Object value) {
        return ((Number) value).intValue();
    }
}
