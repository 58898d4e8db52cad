package com.broadleafloyalty.account.dao;

import com.broadleafloyalty.account.domain.CustomerLoyaltyProfile;
import com.broadleafloyalty.account.domain.CustomerLoyaltyProfileImpl;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class CustomerLoyaltyProfileDaoImpl implements CustomerLoyaltyProfileDao {

    private static final String PROFILE = CustomerLoyaltyProfileImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public CustomerLoyaltyProfile create() {
        return new CustomerLoyaltyProfileImpl();
    }

    @Override
    public CustomerLoyaltyProfile save(CustomerLoyaltyProfile profile) {
        if (profile.getId() == null) {
            em.persist(profile);
            em.flush();
            return profile;
        }
        return em.merge(profile);
    }

    @Override
    public List<Long> readCustomerIdsByMailbox(String mailbox) {
        return em.createQuery("SELECT c.id FROM " + CustomerImpl.class.getName() + " c WHERE c.registered = true"
                + " AND (LOWER(TRIM(c.emailAddress)) = :mailbox OR LOWER(TRIM(c.username)) = :mailbox) ORDER BY c.id",
                Long.class).setParameter("mailbox", mailbox).getResultList();
    }

    @Override
    public CustomerLoyaltyProfile readByCustomer(Long customerId) {
        List<CustomerLoyaltyProfile> found = em.createQuery("SELECT p FROM " + PROFILE + " p WHERE p.customerId = :id",
                CustomerLoyaltyProfile.class).setParameter("id", customerId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<Long> readNewsletterSubscriberIds() {
        return em.createQuery("SELECT p.customerId FROM " + PROFILE + " p WHERE p.newsletterSubscribedSince IS NOT NULL"
                + " ORDER BY p.customerId", Long.class).getResultList();
    }

    @Override
    public boolean isNewsletterSubscriber(Long customerId) {
        return !em.createQuery("SELECT p.id FROM " + PROFILE + " p WHERE p.customerId = :customerId"
                + " AND p.newsletterSubscribedSince IS NOT NULL", Long.class).setParameter("customerId", customerId)
                .getResultList().isEmpty();
    }

    @Override
    public CustomerLoyaltyProfile readByCode(String referralCode) {
        List<CustomerLoyaltyProfile> found = em.createQuery("SELECT p FROM " + PROFILE
                + " p WHERE p.referralCode = :code", CustomerLoyaltyProfile.class)
                .setParameter("code", referralCode).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<CustomerLoyaltyProfile> readBirthdayCandidates(int month, int year, Long afterCustomerId, int limit) {
        return em.createQuery("SELECT p FROM " + PROFILE + " p WHERE p.birthMonth = :month"
                + " AND (p.lastBirthdayBonusYear IS NULL OR p.lastBirthdayBonusYear < :year)"
                + " AND p.customerId > :after ORDER BY p.customerId", CustomerLoyaltyProfile.class)
                .setParameter("month", month).setParameter("year", year).setParameter("after", afterCustomerId)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<CustomerLoyaltyProfile> readAnniversaryCandidates(int month, int year, Date startOfYear,
            Long afterCustomerId, int limit) {
        return em.createQuery("SELECT p FROM " + PROFILE + " p WHERE p.registeredMonth = :month"
                + " AND p.registeredAt < :startOfYear"
                + " AND (p.lastAnniversaryBonusYear IS NULL OR p.lastAnniversaryBonusYear < :year)"
                + " AND p.customerId > :after ORDER BY p.customerId", CustomerLoyaltyProfile.class)
                .setParameter("month", month).setParameter("year", year).setParameter("startOfYear", startOfYear)
                .setParameter("after", afterCustomerId).setMaxResults(limit).getResultList();
    }
}
