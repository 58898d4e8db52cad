package com.broadleafloyalty.redemption.dao;

import com.broadleafloyalty.redemption.domain.RedemptionStatus;
import com.broadleafloyalty.redemption.domain.RewardItem;
import com.broadleafloyalty.redemption.domain.RewardItemImpl;
import com.broadleafloyalty.redemption.domain.RewardRedemption;
import com.broadleafloyalty.redemption.domain.RewardRedemptionImpl;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;

public class RewardRedemptionDaoImpl implements RewardRedemptionDao {

    private static final String ITEM = RewardItemImpl.class.getName();
    private static final String REDEMPTION = RewardRedemptionImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public RewardItem readItem(Long rewardItemId) {
        return rewardItemId == null ? null : em.find(RewardItemImpl.class, rewardItemId);
    }

    @Override
    public RewardItem saveItem(RewardItem item) {
        if (item.getId() == null) {
            em.persist(item);
            return item;
        }
        return em.merge(item);
    }

    @Override
    public List<RewardItem> readActiveItems() {
        return em.createQuery("SELECT i FROM " + ITEM + " i WHERE i.active IS NULL OR i.active = true"
                + " ORDER BY i.pointsCost, i.id", RewardItem.class).getResultList();
    }

    /** Without flushing first, for the reasons of {@code PointsRedemptionDaoImpl#readByOrder}. */
    @Override
    public List<RewardRedemption> readByOrder(Long orderId) {
        return em.createQuery("SELECT r FROM " + REDEMPTION + " r WHERE r.orderId = :orderId ORDER BY r.id",
                RewardRedemption.class).setParameter("orderId", orderId).setFlushMode(FlushModeType.COMMIT)
                .getResultList();
    }

    @Override
    public RewardRedemption read(Long orderId, Long rewardItemId) {
        List<RewardRedemption> found = em.createQuery("SELECT r FROM " + REDEMPTION + " r WHERE r.orderId = :orderId"
                + " AND r.rewardItemId = :itemId", RewardRedemption.class)
                .setParameter("orderId", orderId).setParameter("itemId", rewardItemId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public RewardRedemption readById(Long id) {
        return id == null ? null : em.find(RewardRedemptionImpl.class, id);
    }

    @Override
    public void refresh(RewardRedemption redemption) {
        if (em.contains(redemption)) {
            em.refresh(redemption);
        }
    }

    @Override
    public RewardRedemption save(RewardRedemption redemption) {
        if (redemption.getId() == null) {
            em.persist(redemption);
            // The (order, item) unique key is checked now, inside the caller's account lock.
            em.flush();
            return redemption;
        }
        return em.merge(redemption);
    }

    @Override
    public long sumReserved(Long customerId) {
        Long sum = em.createQuery("SELECT SUM(r.points) FROM " + REDEMPTION + " r WHERE r.customerId = :customerId"
                + " AND r.status = :status", Long.class)
                .setParameter("customerId", customerId)
                .setParameter("status", RedemptionStatus.RESERVED)
                .getSingleResult();
        return sum == null ? 0L : sum;
    }

    @Override
    public List<RewardRedemption> readReservedBefore(Date before, int limit) {
        return em.createQuery("SELECT r FROM " + REDEMPTION + " r WHERE r.status = :status AND r.updatedDate < :before"
                + " ORDER BY r.updatedDate", RewardRedemption.class)
                .setParameter("status", RedemptionStatus.RESERVED)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean takeOneUnit(Long rewardItemId) {
        int taken = em.createQuery("UPDATE " + ITEM + " i SET i.stock = i.stock - 1 WHERE i.id = :id AND i.stock > 0")
                .setParameter("id", rewardItemId).executeUpdate();
        if (taken == 1) {
            return true;
        }
        Long unlimited = em.createQuery("SELECT COUNT(i) FROM " + ITEM + " i WHERE i.id = :id AND i.stock IS NULL",
                Long.class).setParameter("id", rewardItemId).getSingleResult();
        return unlimited > 0;
    }

    @Override
    public void giveOneUnitBack(Long rewardItemId) {
        em.createQuery("UPDATE " + ITEM + " i SET i.stock = i.stock + 1 WHERE i.id = :id AND i.stock IS NOT NULL")
                .setParameter("id", rewardItemId).executeUpdate();
    }

    @Override
    public long countItems() {
        return em.createQuery("SELECT COUNT(i) FROM " + RewardItemImpl.class.getName() + " i", Long.class)
                .getSingleResult();
    }
}
