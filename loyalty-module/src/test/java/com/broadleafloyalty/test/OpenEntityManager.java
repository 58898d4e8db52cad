package com.broadleafloyalty.test;

import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.Callable;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * Runs code the way a storefront request runs it: one EntityManager bound to the thread for the whole unit
 * (as OpenEntityManagerInViewFilter does) while every service call keeps its own transaction.
 */
public final class OpenEntityManager {

    private OpenEntityManager() {
    }

    public static <T> T call(Callable<T> work) {
        EntityManagerFactory emf = LoyaltyTestContext.bean("entityManagerFactory", EntityManagerFactory.class);
        EntityManager em = emf.createEntityManager();
        TransactionSynchronizationManager.bindResource(emf, new EntityManagerHolder(em));
        // What Broadleaf's request filter does for a storefront request: the site's default currency.
        BroadleafRequestContext requestContext = BroadleafRequestContext.getBroadleafRequestContext();
        if (requestContext.getBroadleafCurrency() == null) {
            requestContext.setBroadleafCurrency(LoyaltyTestContext.bean("blCurrencyService", BroadleafCurrencyService.class)
                    .findDefaultBroadleafCurrency());
        }
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            TransactionSynchronizationManager.unbindResource(emf);
            em.close();
        }
    }
}
