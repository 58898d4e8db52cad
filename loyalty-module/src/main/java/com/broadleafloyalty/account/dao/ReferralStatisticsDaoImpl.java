package com.broadleafloyalty.account.dao;

import com.broadleafloyalty.account.domain.ReferralImpl;
import com.broadleafloyalty.account.domain.ReferralStatus;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;

public class ReferralStatisticsDaoImpl implements ReferralStatisticsDao {

    private static final String REFERRAL = ReferralImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public long countRecorded(Date from, Date to) {
        return em.createQuery("SELECT COUNT(r.id) FROM " + REFERRAL + " r WHERE r.createdDate >= :from"
                + " AND r.createdDate < :to", Long.class).setParameter("from", from).setParameter("to", to)
                .setFlushMode(FlushModeType.COMMIT).getSingleResult();
    }

    @Override
    public List<Object[]> countDecided(Date from, Date to) {
        // A code refused when it was entered has no decision date: it was decided when recorded.
        return em.createQuery("SELECT r.status, r.refusal, COUNT(r.id) FROM " + REFERRAL + " r"
                + " WHERE r.status <> :pending AND COALESCE(r.decidedDate, r.createdDate) >= :from"
                + " AND COALESCE(r.decidedDate, r.createdDate) < :to GROUP BY r.status, r.refusal", Object[].class)
                .setParameter("pending", ReferralStatus.PENDING).setParameter("from", from).setParameter("to", to)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
    }
}
