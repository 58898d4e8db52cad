package com.broadleafloyalty.engagement.dao;

import com.broadleafloyalty.engagement.domain.CustomerEngagement;
import com.broadleafloyalty.engagement.domain.CustomerEngagementImpl;
import com.broadleafloyalty.engagement.domain.EngagementMail;
import com.broadleafloyalty.engagement.domain.EngagementMailImpl;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;

public class EngagementDaoImpl implements EngagementDao {

    private static final String MAIL = EngagementMailImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public CustomerEngagement readEngagement(Long customerId) {
        return em.find(CustomerEngagementImpl.class, customerId);
    }

    @Override
    public CustomerEngagement lockEngagement(Long customerId) {
        return em.find(CustomerEngagementImpl.class, customerId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public CustomerEngagement createEngagement(Long customerId) {
        CustomerEngagement engagement = new CustomerEngagementImpl();
        engagement.setCustomerId(customerId);
        em.persist(engagement);
        em.flush();
        return engagement;
    }

    @Override
    public long countSentSince(Long customerId, Date since) {
        return em.createQuery("SELECT COUNT(m) FROM " + MAIL + " m WHERE m.customerId = :customerId"
                + " AND m.sentAt > :since", Long.class)
                .setParameter("customerId", customerId).setParameter("since", since).getSingleResult();
    }

    @Override
    public boolean isTriggerTaken(String triggerKey) {
        return !em.createQuery("SELECT m.id FROM " + MAIL + " m WHERE m.triggerKey = :key", Long.class)
                .setParameter("key", triggerKey).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public EngagementMail insertMail(EngagementMail mail) {
        em.persist(mail);
        em.flush();
        return mail;
    }

    @Override
    public EngagementMail readMail(Long mailId) {
        return em.find(EngagementMailImpl.class, mailId);
    }

    @Override
    public void deleteMail(Long mailId) {
        em.createQuery("DELETE FROM " + MAIL + " m WHERE m.id = :id").setParameter("id", mailId).executeUpdate();
    }

    @Override
    public List<Long> readDigestSubscribers(Long afterCustomerId, int limit) {
        return em.createQuery("SELECT e.customerId FROM " + CustomerEngagementImpl.class.getName() + " e"
                + " WHERE e.digestOptIn = true AND e.customerId > :after ORDER BY e.customerId", Long.class)
                .setParameter("after", afterCustomerId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<EngagementMail> readMails(Long customerId, int limit) {
        return em.createQuery("SELECT m FROM " + MAIL + " m WHERE m.customerId = :customerId ORDER BY m.id DESC",
                EngagementMail.class).setParameter("customerId", customerId).setMaxResults(limit).getResultList();
    }
}
