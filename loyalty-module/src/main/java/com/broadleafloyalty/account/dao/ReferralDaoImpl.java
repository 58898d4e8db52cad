package com.broadleafloyalty.account.dao;

import com.broadleafloyalty.account.domain.Referral;
import com.broadleafloyalty.account.domain.ReferralImpl;
import com.broadleafloyalty.account.domain.ReferralStatus;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;

public class ReferralDaoImpl implements ReferralDao {

    private static final String REFERRAL = ReferralImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public Referral create() {
        return new ReferralImpl();
    }

    @Override
    public Referral save(Referral referral) {
        if (referral.getId() == null) {
            em.persist(referral);
            em.flush();
            return referral;
        }
        return em.merge(referral);
    }

    @Override
    public Referral readById(Long id) {
        return em.find(ReferralImpl.class, id);
    }

    @Override
    public Referral readByReferee(Long refereeCustomerId) {
        List<Referral> found = em.createQuery("SELECT r FROM " + REFERRAL + " r WHERE r.refereeCustomerId = :id",
                Referral.class).setParameter("id", refereeCustomerId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<Referral> readByReferrer(Long referrerCustomerId) {
        return em.createQuery("SELECT r FROM " + REFERRAL + " r WHERE r.referrerCustomerId = :id"
                + " ORDER BY r.createdDate DESC, r.id DESC", Referral.class)
                .setParameter("id", referrerCustomerId).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Date> readFriendsFirstOrders(Long referrerCustomerId) {
        List<Object> rows = em.createNativeQuery("SELECT MIN(o.SUBMIT_DATE) FROM LOY_REFERRAL r"
                + " JOIN BLC_ORDER o ON o.CUSTOMER_ID = r.REFEREE_CUSTOMER_ID"
                + " WHERE r.REFERRER_CUSTOMER_ID = :id AND r.STATUS <> :refused AND o.ORDER_STATUS = :submitted"
                + " GROUP BY r.REFEREE_CUSTOMER_ID")
                .setParameter("id", referrerCustomerId).setParameter("refused", ReferralStatus.REFUSED.name())
                .setParameter("submitted", "SUBMITTED").setFlushMode(FlushModeType.COMMIT).getResultList();
        List<Date> dates = new ArrayList<Date>(rows.size());
        for (Object row : rows) {
            if (row != null) {
                dates.add(new Date(((Date) row).getTime()));
            }
        }
        return dates;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> readReferrersWithFriendOrdersSince(Date from) {
        List<Object> rows = em.createNativeQuery("SELECT DISTINCT r.REFERRER_CUSTOMER_ID FROM LOY_REFERRAL r"
                + " JOIN BLC_ORDER o ON o.CUSTOMER_ID = r.REFEREE_CUSTOMER_ID"
                + " WHERE r.REFERRER_CUSTOMER_ID IS NOT NULL AND r.STATUS <> :refused"
                + " AND o.ORDER_STATUS = :submitted AND o.SUBMIT_DATE >= :from")
                .setParameter("refused", ReferralStatus.REFUSED.name()).setParameter("submitted", "SUBMITTED")
                .setParameter("from", from).setFlushMode(FlushModeType.COMMIT).getResultList();
        List<Long> ids = new ArrayList<Long>(rows.size());
        for (Object row : rows) {
            ids.add(((Number) row).longValue());
        }
        return ids;
    }

    @Override
    public List<Referral> readPending(Long afterId, int limit) {
        return em.createQuery("SELECT r FROM " + REFERRAL + " r WHERE r.status = :status AND r.id > :after"
                + " ORDER BY r.id", Referral.class)
                .setParameter("status", ReferralStatus.PENDING).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }
}
