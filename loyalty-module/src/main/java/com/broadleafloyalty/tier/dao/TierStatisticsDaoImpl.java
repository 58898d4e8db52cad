package com.broadleafloyalty.tier.dao;

import com.broadleafloyalty.tier.domain.TierChangeImpl;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;

public class TierStatisticsDaoImpl implements TierStatisticsDao {

    private static final String CHANGE = TierChangeImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public Map<Long, String> readTiersAt(Date at) {
        // The last change of each customer before :at (the later id wins a tie on the date).
        List<Object[]> rows = em.createQuery("SELECT c.customerId, c.toTier FROM " + CHANGE + " c"
                + " WHERE c.changeDate < :at AND NOT EXISTS (SELECT 1 FROM " + CHANGE + " d"
                + " WHERE d.customerId = c.customerId AND d.changeDate < :at"
                + " AND (d.changeDate > c.changeDate OR (d.changeDate = c.changeDate AND d.id > c.id)))",
                Object[].class).setParameter("at", at).setFlushMode(FlushModeType.COMMIT).getResultList();
        Map<Long, String> tiers = new HashMap<Long, String>();
        for (Object[] row : rows) {
            tiers.put((Long) row[0], (String) row[1]);
        }
        return tiers;
    }

    @Override
    public List<Object[]> countChanges(Date from, Date to) {
        return em.createQuery("SELECT c.fromTier, c.toTier, COUNT(c.id) FROM " + CHANGE + " c"
                + " WHERE c.changeDate >= :from AND c.changeDate < :to GROUP BY c.fromTier, c.toTier", Object[].class)
                .setParameter("from", from).setParameter("to", to).setFlushMode(FlushModeType.COMMIT)
                .getResultList();
    }
}
