package com.broadleafloyalty.api.service;

import com.broadleafloyalty.api.domain.ShopperTokenImpl;
import com.broadleafloyalty.support.privacy.PersonalData;
import com.broadleafloyalty.support.privacy.PersonalRecords;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** The shopper API tokens issued to the customer (stored as hashes): an erasure revokes them all. */
public class ApiPersonalData implements PersonalData {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public String section() {
        return "apiTokens";
    }

    @Override
    public Object export(Long customerId) {
        Long count = em.createQuery("SELECT COUNT(t) FROM " + ShopperTokenImpl.class.getName()
                + " t WHERE t.customerId = :id", Long.class).setParameter("id", customerId).getSingleResult();
        return PersonalRecords.record("issuedTokens", count);
    }

    @Override
    public long erase(Long customerId) {
        return em.createQuery("DELETE FROM " + ShopperTokenImpl.class.getName() + " t WHERE t.customerId = :id")
                .setParameter("id", customerId).executeUpdate();
    }
}
