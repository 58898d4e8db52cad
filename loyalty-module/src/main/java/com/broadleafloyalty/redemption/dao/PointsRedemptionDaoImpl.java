package com.broadleafloyalty.redemption.dao;

import com.broadleafloyalty.redemption.domain.PointsRedemption;
import com.broadleafloyalty.redemption.domain.PointsRedemptionImpl;
import com.broadleafloyalty.redemption.domain.RedemptionStatus;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;

public class PointsRedemptionDaoImpl implements PointsRedemptionDao {

    private static final String REDEMPTION = PointsRedemptionImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /**
     * Without flushing first (Broadleaf's pricing runs this at every repricing of the cart, and an AUTO flush would
     * dirty-check the whole cart): a new redemption is flushed when saved, none is ever deleted, and one changed but
     * not yet flushed is returned as this persistence context holds it.
     */
    @Override
    public PointsRedemption readByOrder(Long orderId) {
        List<PointsRedemption> found = em.createQuery("SELECT r FROM " + REDEMPTION + " r WHERE r.orderId = :orderId",
                PointsRedemption.class).setParameter("orderId", orderId).setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public PointsRedemption save(PointsRedemption redemption) {
        if (redemption.getId() == null) {
            em.persist(redemption);
            em.flush();
            return redemption;
        }
        return em.merge(redemption);
    }

    @Override
    public long sumReserved(Long customerId, Long exceptOrderId) {
        Long sum = em.createQuery("SELECT SUM(r.points) FROM " + REDEMPTION + " r WHERE r.customerId = :customerId"
                + " AND r.status = :status AND r.orderId <> :orderId", Long.class)
                .setParameter("customerId", customerId)
                .setParameter("status", RedemptionStatus.RESERVED)
                .setParameter("orderId", exceptOrderId == null ? -1L : exceptOrderId)
                .getSingleResult();
        return sum == null ? 0L : sum;
    }

    @Override
    public List<PointsRedemption> readReservedBefore(Date before, int limit) {
        return em.createQuery("SELECT r FROM " + REDEMPTION + " r WHERE r.status = :status AND r.updatedDate < :before"
                + " ORDER BY r.updatedDate", PointsRedemption.class)
                .setParameter("status", RedemptionStatus.RESERVED)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
    }
}
