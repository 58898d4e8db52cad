package com.broadleafloyalty.tier;

import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.tier.domain.CustomerTierImpl;
import com.broadleafloyalty.tier.domain.TierImpl;
import com.broadleafloyalty.tier.service.LoyaltyTierService;
import org.hibernate.Session;
import org.hibernate.stat.Statistics;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/** Saves and removes tiers as the admin would, for tests that share one context: always remove them afterwards. */
public final class TestTiers {

    private TestTiers() {
    }

    public static void define(String name, long points, String spend, String multiplier, String perks) {
        transaction(em -> {
            TierImpl tier = new TierImpl();
            tier.setName(name);
            tier.setPointsThreshold(points);
            tier.setSpendThreshold(new BigDecimal(spend));
            tier.setMultiplier(new BigDecimal(multiplier));
            tier.setPerks(perks);
            em.persist(tier);
        });
        service().refreshTiers();
    }

    public static void removeAll() {
        transaction(em -> {
            em.createQuery("DELETE FROM " + TierImpl.class.getName()).executeUpdate();
        });
        service().refreshTiers();
    }

    public static LoyaltyTierService service() {
        return LoyaltyTestContext.bean("blLoyaltyTierService", LoyaltyTierService.class);
    }

    /** Detaches the customer's tier row from the request's persistence context. */
    static void forgetTierRow(Long customerId) {
        EntityManagerFactory emf = LoyaltyTestContext.bean("entityManagerFactory", EntityManagerFactory.class);
        EntityManager em = EntityManagerFactoryUtils.getTransactionalEntityManager(emf);
        CustomerTierImpl row = em.find(CustomerTierImpl.class, customerId);
        if (row != null) {
            em.detach(row);
        }
    }

    /** Hibernate's statistics of blPU, switched on (counts prepared statements). */
    static Statistics statistics() {
        EntityManagerFactory emf = LoyaltyTestContext.bean("entityManagerFactory", EntityManagerFactory.class);
        EntityManager em = emf.createEntityManager();
        try {
            Statistics statistics = ((Session) em.getDelegate()).getSessionFactory().getStatistics();
            statistics.setStatisticsEnabled(true);
            return statistics;
        } finally {
            em.close();
        }
    }

    private static void transaction(java.util.function.Consumer<EntityManager> work) {
        PlatformTransactionManager manager = LoyaltyTestContext.bean("blTransactionManager", PlatformTransactionManager.class);
        EntityManagerFactory emf = LoyaltyTestContext.bean("entityManagerFactory", EntityManagerFactory.class);
        new TransactionTemplate(manager).execute(status -> {
            work.accept(EntityManagerFactoryUtils.getTransactionalEntityManager(emf));
            return null;
        });
    }
}
