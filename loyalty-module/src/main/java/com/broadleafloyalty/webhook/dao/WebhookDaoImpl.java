package com.broadleafloyalty.webhook.dao;

import com.broadleafloyalty.webhook.domain.WebhookMessage;
import com.broadleafloyalty.webhook.domain.WebhookMessageImpl;
import com.broadleafloyalty.webhook.domain.WebhookSubscription;
import com.broadleafloyalty.webhook.domain.WebhookSubscriptionImpl;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class WebhookDaoImpl implements WebhookDao {

    private static final String SUBSCRIPTION = WebhookSubscriptionImpl.class.getName();
    private static final String MESSAGE = WebhookMessageImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public WebhookSubscription save(WebhookSubscription subscription) {
        if (subscription.getId() == null) {
            em.persist(subscription);
            return subscription;
        }
        return em.merge(subscription);
    }

    @Override
    public WebhookSubscription readSubscription(Long id) {
        return em.find(WebhookSubscriptionImpl.class, id);
    }

    @Override
    public List<WebhookSubscription> readSubscriptions(boolean activeOnly) {
        return em.createQuery("SELECT s FROM " + SUBSCRIPTION + " s" + (activeOnly ? " WHERE s.active = true" : "")
                + " ORDER BY s.id", WebhookSubscription.class).getResultList();
    }

    @Override
    public WebhookMessage readMessage(Long id) {
        return em.find(WebhookMessageImpl.class, id);
    }

    @Override
    public List<Long> readDueIds(Date now, int limit) {
        return em.createQuery("SELECT m.id FROM " + MESSAGE + " m WHERE m.status = 'PENDING'"
                + " AND m.nextAttemptAt <= :now AND (m.lockedUntil IS NULL OR m.lockedUntil < :now) ORDER BY m.id",
                Long.class).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public boolean claim(Long messageId, Date now, Date until) {
        return em.createQuery("UPDATE " + MESSAGE + " m SET m.lockedUntil = :until WHERE m.id = :id"
                + " AND m.status = 'PENDING' AND (m.lockedUntil IS NULL OR m.lockedUntil < :now)")
                .setParameter("until", until).setParameter("id", messageId).setParameter("now", now)
                .executeUpdate() == 1;
    }

    @Override
    public List<WebhookMessage> readByStatus(String status, int limit) {
        return em.createQuery("SELECT m FROM " + MESSAGE + " m WHERE m.status = :status ORDER BY m.id DESC",
                WebhookMessage.class).setParameter("status", status).setMaxResults(limit).getResultList();
    }

    @Override
    public List<WebhookMessage> readForSubscription(Long subscriptionId) {
        return em.createQuery("SELECT m FROM " + MESSAGE + " m WHERE m.subscriptionId = :id ORDER BY m.id",
                WebhookMessage.class).setParameter("id", subscriptionId).getResultList();
    }
}
