package com.broadleafloyalty.support.persistence;

import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.function.Supplier;

import javax.persistence.EntityManagerFactory;

/**
 * Runs the module's checkout writes in a persistence context of their own. A storefront request keeps one
 * EntityManager bound to its thread (open-session-in-view) holding the whole order graph; every transaction that
 * commits on it flushes, which dirty-checks every entity of that graph, although the module never changes any of
 * them. Broadleaf runs the checkout workflow outside a transaction: the module's transaction then takes its own
 * EntityManager (Spring creates one when none is bound), writes only the module's rows and commits without looking at
 * the order. The request's EntityManager keeps the pooled connection it last used between transactions; it is handed
 * back to the pool first (Hibernate takes one again when the request next needs it), so a checkout never holds two
 * connections at once and a busy shop cannot run its pool dry. Inside a caller's transaction nothing changes: the work
 * joins it, as before.
 */
public final class SeparatePersistenceContext {

    private SeparatePersistenceContext() {
    }

    public static <T> T call(EntityManagerFactory entityManagerFactory, Supplier<T> work) {
        if (entityManagerFactory == null || TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.hasResource(entityManagerFactory)) {
            return work.get();
        }
        EntityManagerHolder request = (EntityManagerHolder) TransactionSynchronizationManager
                .unbindResource(entityManagerFactory);
        Session session = request.getEntityManager().unwrap(Session.class);
        if (session.isOpen()) {
            session.disconnect(); // outside a transaction: nothing pending on that connection
        }
        try {
            return work.get();
        } finally {
            TransactionSynchronizationManager.bindResource(entityManagerFactory, request);
        }
    }
}
