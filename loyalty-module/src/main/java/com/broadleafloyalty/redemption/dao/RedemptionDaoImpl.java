package com.broadleafloyalty.redemption.dao;

import com.broadleafloyalty.redemption.core.RedemptionKind;
import com.broadleafloyalty.redemption.domain.Redemption;
import com.broadleafloyalty.redemption.domain.RedemptionImpl;
import com.broadleafloyalty.redemption.domain.RedemptionStatus;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;

public class RedemptionDaoImpl implements RedemptionDao {

    private static final String REDEMPTION = RedemptionImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /**
     * Without flushing first (Broadleaf's pricing runs this at every repricing of the cart, and an AUTO flush would
     * dirty-check the whole cart): a new redemption is flushed when saved, none is ever deleted, and one changed but
     * not yet flushed is returned as this persistence context holds it.
     */
    @Override
    public List<Redemption> readByOrder(Long orderId) {
        return em.createQuery("SELECT r FROM " + REDEMPTION + " r WHERE r.orderId = :orderId ORDER BY r.id",
                Redemption.class).setParameter("orderId", orderId).setFlushMode(FlushModeType.COMMIT)
                .getResultList();
    }

    @Override
    public Redemption readById(Long id) {
        return id == null ? null : em.find(RedemptionImpl.class, id);
    }

    @Override
    public void refresh(Redemption redemption) {
        if (em.contains(redemption)) {
            em.refresh(redemption);
        }
    }

    @Override
    public Redemption save(Redemption redemption) {
        if (redemption.getId() == null) {
            em.persist(redemption);
            // The unique key is checked now, inside the caller's account lock.
            em.flush();
            return redemption;
        }
        return em.merge(redemption);
    }

    @Override
    public long sumReserved(Long customerId, Long exceptPointsOfOrderId) {
        Long sum = em.createQuery("SELECT SUM(r.points) FROM " + REDEMPTION + " r WHERE r.customerId = :customerId"
                + " AND r.status = :status AND (r.kind <> :points OR r.orderId <> :orderId)", Long.class)
                .setParameter("customerId", customerId)
                .setParameter("status", RedemptionStatus.RESERVED)
                .setParameter("points", RedemptionKind.POINTS)
                .setParameter("orderId", exceptPointsOfOrderId == null ? -1L : exceptPointsOfOrderId)
                .getSingleResult();
        return sum == null ? 0L : sum;
    }

    @Override
    public List<Redemption> readReservedBefore(Date before, int limit) {
        return em.createQuery("SELECT r FROM " + REDEMPTION + " r WHERE r.status = :status AND r.updatedDate < :before"
                + " ORDER BY r.updatedDate", Redemption.class)
                .setParameter("status", RedemptionStatus.RESERVED)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public int releaseIfStillReserved(List<Redemption> candidates, Date now) {
        if (candidates.isEmpty()) {
            return 0;
        }
        List<Long> ids = new ArrayList<Long>();
        for (Redemption candidate : candidates) {
            ids.add(candidate.getId());
        }
        int released = em.createQuery("UPDATE " + REDEMPTION + " r SET r.status = :released, r.updatedDate = :now,"
                + " r.returnUntold = true WHERE r.id IN (:ids) AND r.status = :reserved")
                .setParameter("released", RedemptionStatus.RELEASED)
                .setParameter("now", now)
                .setParameter("ids", ids)
                .setParameter("reserved", RedemptionStatus.RESERVED)
                .executeUpdate();
        for (Redemption candidate : candidates) {
            if (em.contains(candidate)) {
                em.detach(candidate);
            }
        }
        return released;
    }
}
