package com.broadleafloyalty.support.persistence;

import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.zaxxer.hikari.HikariDataSource;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.persistence.EntityManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The award runs in a persistence context of its own while the request's EntityManager (open-session-in-view)
 * stays bound and holds the order graph. The request's EntityManager keeps its last connection between Broadleaf's
 * transactions, so it must hand it back first: otherwise every checkout would need two pooled connections at once,
 * and a busy shop could run its pool dry. Checked on the real pool, after the reads a checkout makes.
 */
class SeparatePersistenceContextIntegrationTest {

    private static final ShopFixture SHOP = new ShopFixture();

    private final EntityManagerFactory emf = LoyaltyTestContext.bean("entityManagerFactory", EntityManagerFactory.class);
    private final HikariDataSource pool = LoyaltyTestContext.bean("blLoyaltyTestDataSource", HikariDataSource.class);
    private final TransactionTemplate transaction = new TransactionTemplate(
            LoyaltyTestContext.bean("blTransactionManager", PlatformTransactionManager.class));

    @Test
    void shouldHoldOneConnectionAtATimeWhileTheRequestKeepsItsEntityManager() {
        int[] active = OpenEntityManager.call(() -> {
            Order order = SHOP.paidCheckout(SHOP.registeredCustomer(), "30.00", 2);
            // A transactional read and lazy loads outside any transaction, as the award's calculation makes them.
            Order reloaded = LoyaltyTestContext.bean("blOrderService", OrderService.class).findOrderById(order.getId());
            for (OrderItem item : reloaded.getOrderItems()) {
                item.getOrderItemPriceDetails().size();
            }
            int[] inside = new int[3];
            Object requestHolder = TransactionSynchronizationManager.getResource(emf);
            SeparatePersistenceContext.call(emf, () -> transaction.execute(status -> {
                inside[0] = pool.getHikariPoolMXBean().getActiveConnections();
                // A different EntityManager than the request's, and the request's is bound again afterwards.
                inside[1] = TransactionSynchronizationManager.getResource(emf) == requestHolder ? 1 : 0;
                return null;
            }));
            // The request carries on afterwards, taking a connection again when it needs one.
            inside[2] = LoyaltyTestContext.bean("blOrderService", OrderService.class).findOrderById(order.getId())
                    .getOrderItems().size();
            assertThat(TransactionSynchronizationManager.getResource(emf)).isSameAs(requestHolder);
            return inside;
        });

        assertThat(active[0]).as("connections held inside the separate transaction").isEqualTo(1);
        assertThat(active[1]).as("the separate transaction used the request's EntityManager").isZero();
        assertThat(active[2]).as("order lines the request reads afterwards").isEqualTo(1);
    }

    @Test
    void shouldJoinACallersTransactionInsteadOfOpeningAnother() {
        Boolean sameHolder = OpenEntityManager.call(() -> transaction.execute(status -> {
            Object before = TransactionSynchronizationManager.getResource(emf);
            return SeparatePersistenceContext.call(emf, () -> TransactionSynchronizationManager.getResource(emf) == before);
        }));

        assertThat(sameHolder).isTrue();
    }
}
