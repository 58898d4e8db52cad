package com.broadleafloyalty.redemption.dao;

import com.broadleafloyalty.redemption.domain.RedemptionStatus;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;

public class RedemptionStatisticsDaoImpl implements RedemptionStatisticsDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<Object[]> countConsumed(Date from, Date to) {
        return em.createNativeQuery("SELECT r.REWARD_ITEM_ID, i.NAME, COUNT(r.REDEMPTION_ID), SUM(r.POINTS),"
                + " SUM(r.AMOUNT) FROM LOY_CART_REDEMPTION r LEFT JOIN LOY_REWARD_ITEM i"
                + " ON i.REWARD_ITEM_ID = r.REWARD_ITEM_ID WHERE r.STATUS = :consumed"
                + " AND r.UPDATED_DATE >= :from AND r.UPDATED_DATE < :to GROUP BY r.REWARD_ITEM_ID, i.NAME")
                .setParameter("consumed", RedemptionStatus.CONSUMED.name()).setParameter("from", from)
                .setParameter("to", to).setFlushMode(FlushModeType.COMMIT).getResultList();
    }
}
