package com.broadleafloyalty.demo.replay.shop;

import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.Callable;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * Runs work as one storefront request runs: one EntityManager bound to the thread for the whole request (what the
 * site's OpenEntityManagerInViewFilter does), each service call in its own transaction, and the shop's currency in
 * Broadleaf's request context (what its request filter does).
 */
public final class RequestScope {

    private final EntityManagerFactory entityManagerFactory;
    private final PlatformTransactionManager transactionManager;
    private final BroadleafCurrency currency;

    public RequestScope(EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactionManager,
            BroadleafCurrency currency) {
        this.entityManagerFactory = entityManagerFactory;
        this.transactionManager = transactionManager;
        this.currency = currency;
    }

    /**
     * Like {@link #call} with all the work in one transaction, which the services' own transactions join. For bulk
     * work the replay does not measure (loading the catalog, filling a cart): Hibernate then flushes the growing
     * persistence context once at the end instead of at every service call.
     */
    public <T> T callInOneTransaction(Callable<T> work) throws Exception {
        return call(() -> new TransactionTemplate(transactionManager).execute(status -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new UndeclaredThrowableException(e);
            }
        }));
    }

    public <T> T call(Callable<T> work) throws Exception {
        BroadleafRequestContext.getBroadleafRequestContext().setBroadleafCurrency(currency);
        EntityManager em = entityManagerFactory.createEntityManager();
        TransactionSynchronizationManager.bindResource(entityManagerFactory, new EntityManagerHolder(em));
        try {
            return work.call();
        } finally {
            TransactionSynchronizationManager.unbindResource(entityManagerFactory);
            em.close();
        }
    }
}
