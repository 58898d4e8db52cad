package com.broadleafloyalty.lifecycle.dao;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class LifecycleDaoImpl implements LifecycleDao {

    private static final String ORDER = "org.broadleafcommerce.core.order.domain.OrderImpl";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<Long> readCustomersWithFirstOrderSince(Date since, Long afterCustomerId, int limit) {
        return em.createQuery("SELECT o.customer.id FROM " + ORDER + " o WHERE o.submitDate IS NOT NULL"
                + " AND o.customer.registered = true AND o.customer.id > :after"
                + " GROUP BY o.customer.id HAVING MIN(o.submitDate) > :since ORDER BY o.customer.id", Long.class)
                .setParameter("since", since).setParameter("after", afterCustomerId).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Long> readIdleCartIds(Date from, Date until, Long afterOrderId, int limit) {
        return em.createQuery("SELECT o.id FROM " + ORDER + " o WHERE o.status = 'IN_PROCESS'"
                + " AND o.customer.registered = true AND o.customer.emailAddress IS NOT NULL"
                + " AND COALESCE(o.auditable.dateUpdated, o.auditable.dateCreated) >= :from"
                + " AND COALESCE(o.auditable.dateUpdated, o.auditable.dateCreated) <= :until"
                + " AND SIZE(o.orderItems) > 0 AND o.id > :after ORDER BY o.id", Long.class)
                .setParameter("from", from).setParameter("until", until).setParameter("after", afterOrderId)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Long> readOrderIdsSubmittedBetween(Date from, Date until, Long afterOrderId, int limit) {
        return em.createQuery("SELECT o.id FROM " + ORDER + " o WHERE o.submitDate >= :from AND o.submitDate <= :until"
                + " AND o.status <> 'CANCELLED' AND o.customer.registered = true AND o.id > :after ORDER BY o.id",
                Long.class)
                .setParameter("from", from).setParameter("until", until).setParameter("after", afterOrderId)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Long> readCustomersWithLastOrderBefore(Date before, Long afterCustomerId, int limit) {
        return em.createQuery("SELECT o.customer.id FROM " + ORDER + " o WHERE o.submitDate IS NOT NULL"
                + " AND o.customer.registered = true AND o.customer.id > :after"
                + " GROUP BY o.customer.id HAVING MAX(o.submitDate) < :before ORDER BY o.customer.id", Long.class)
                .setParameter("before", before).setParameter("after", afterCustomerId).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Date readLastOrderDate(Long customerId) {
        return em.createQuery("SELECT MAX(o.submitDate) FROM " + ORDER + " o WHERE o.customer.id = :customerId"
                + " AND o.submitDate IS NOT NULL", Date.class).setParameter("customerId", customerId)
                .getSingleResult();
    }
}
