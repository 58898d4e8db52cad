package com.broadleafloyalty.webhook.service;

import com.broadleafloyalty.support.privacy.PersonalData;
import com.broadleafloyalty.support.privacy.PersonalRecords;
import com.broadleafloyalty.webhook.domain.WebhookMessageImpl;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The outbox messages about the customer (their payloads repeat ledger facts). An erasure deletes them all: pending
 * ones are never sent, delivered ones are not kept; the publisher sends nothing new about an erased customer.
 */
public class WebhookPersonalData implements PersonalData {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public String section() {
        return "webhookMessages";
    }

    @Override
    public Object export(Long customerId) {
        Long pending = count(customerId, WebhookStatus.PENDING);
        Long all = em.createQuery("SELECT COUNT(m) FROM " + WebhookMessageImpl.class.getName()
                + " m WHERE m.customerId = :id", Long.class).setParameter("id", customerId).getSingleResult();
        return PersonalRecords.record("messages", all, "pending", pending);
    }

    @Override
    public long erase(Long customerId) {
        return em.createQuery("DELETE FROM " + WebhookMessageImpl.class.getName() + " m WHERE m.customerId = :id")
                .setParameter("id", customerId).executeUpdate();
    }

    private Long count(Long customerId, String status) {
        return em.createQuery("SELECT COUNT(m) FROM " + WebhookMessageImpl.class.getName()
                + " m WHERE m.customerId = :id AND m.status = :status", Long.class).setParameter("id", customerId)
                .setParameter("status", status).getSingleResult();
    }
}
