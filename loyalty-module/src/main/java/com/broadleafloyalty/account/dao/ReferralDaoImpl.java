package com.broadleafloyalty.account.dao;

import com.broadleafloyalty.account.domain.Referral;
import com.broadleafloyalty.account.domain.ReferralImpl;
import com.broadleafloyalty.account.domain.ReferralStatus;

import java.util.List;

import javax.persistence.EntityManager;
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
    public List<Referral> readPending(Long afterId, int limit) {
        return em.createQuery("SELECT r FROM " + REFERRAL + " r WHERE r.status = :status AND r.id > :after"
                + " ORDER BY r.id", Referral.class)
                .setParameter("status", ReferralStatus.PENDING).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }
}
