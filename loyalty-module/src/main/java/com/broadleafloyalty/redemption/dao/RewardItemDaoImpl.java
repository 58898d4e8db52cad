package com.broadleafloyalty.redemption.dao;

import com.broadleafloyalty.redemption.domain.RewardItem;
import com.broadleafloyalty.redemption.domain.RewardItemImpl;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class RewardItemDaoImpl implements RewardItemDao {

    private static final String ITEM = RewardItemImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public RewardItem read(Long rewardItemId) {
        return rewardItemId == null ? null : em.find(RewardItemImpl.class, rewardItemId);
    }

    @Override
    public RewardItem save(RewardItem item) {
        if (item.getId() == null) {
            em.persist(item);
            return item;
        }
        return em.merge(item);
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(i) FROM " + ITEM + " i", Long.class).getSingleResult();
    }

    @Override
    public List<RewardItem> readActive() {
        return em.createQuery("SELECT i FROM " + ITEM + " i WHERE i.active IS NULL OR i.active = true"
                + " ORDER BY i.pointsCost, i.id", RewardItem.class).getResultList();
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
}
