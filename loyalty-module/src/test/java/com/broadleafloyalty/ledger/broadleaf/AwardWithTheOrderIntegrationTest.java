package com.broadleafloyalty.ledger.broadleaf;

import com.broadleafloyalty.ledger.core.AccountPosition;
import com.broadleafloyalty.ledger.core.ClawbackPolicy;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.dao.LoyaltyAccountDao;
import com.broadleafloyalty.ledger.domain.LoyaltyAccount;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.support.config.LoyaltySwitch;
import com.broadleafloyalty.test.LedgerChecks;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.test.SwitchableFailingActivity;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.hibernate.ejb.HibernateEntityManagerFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * In a storefront request (the request's EntityManager open across the checkout) the award is written in the
 * transaction of Broadleaf's final save of the submitted order: no transaction of its own, and no points for an order
 * whose final save fails. What that transaction cannot write (an account in debt) is posted right after it commits.
 * Tagged {@code postgresql}: run on PostgreSQL too.
 */
@Tag("postgresql")
class AwardWithTheOrderIntegrationTest {

    private static final AtomicLong SOURCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final ShopFixture shop = new ShopFixture();
    private final LoyaltyPointsService points =
            LoyaltyTestContext.bean("blLoyaltyPointsService", LoyaltyPointsService.class);
    private final PointsLedger ledger = LoyaltyTestContext.bean("blLoyaltyPointsLedger", PointsLedger.class);
    private final LoyaltyAccountDao accounts = LoyaltyTestContext.bean("blLoyaltyAccountDao", LoyaltyAccountDao.class);
    private final LoyaltySwitch loyaltySwitch = LoyaltyTestContext.bean("blLoyaltySwitch", LoyaltySwitch.class);
    private final TransactionTemplate transaction = new TransactionTemplate(
            LoyaltyTestContext.bean("blTransactionManager", PlatformTransactionManager.class));
    private final Statistics statistics = LoyaltyTestContext.bean("entityManagerFactory",
            HibernateEntityManagerFactory.class).getSessionFactory().getStatistics();

    @AfterEach
    void restore() {
        SwitchableFailingActivity.disarm();
        loyaltySwitch.setEnabled(true);
    }

    @Test
    void shouldWriteTheAwardInTheTransactionThatSavesTheOrder() {
        statistics.setStatisticsEnabled(true);
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);

        long[][] measured = OpenEntityManager.call(() -> {
            loyaltySwitch.setEnabled(false);
            shop.paidCheckout(customer, "5.00", 1); // warms up what a first checkout of the JVM loads once
            long[] without = countsOf(shop.payInFull(shop.cart(customer, 1, shop.productPriced("80.00"))));
            loyaltySwitch.setEnabled(true);
            long[] first = countsOf(shop.payInFull(shop.cart(customer, 1, shop.productPriced("80.00"))));
            long[] next = countsOf(shop.payInFull(shop.cart(customer, 1, shop.productPriced("120.00"))));
            return new long[][] {without, first, next};
        });

        assertThat(measured[1][0]).as("transactions of a first award's checkout").isEqualTo(measured[0][0]);
        assertThat(measured[2][0]).as("transactions of a later award's checkout").isEqualTo(measured[0][0]);
        // Counted in Hibernate's statistics: the account INSERT (after the UPDATE that found none), entry and batch;
        // then the UPDATE that credits and counts, entry and batch.
        assertThat(measured[1][1] - measured[0][1]).as("statements a first award adds").isEqualTo(4);
        assertThat(measured[2][1] - measured[0][1]).as("statements a later award adds").isEqualTo(3);
        assertThat(points.getBalance(customer.getId())).isEqualTo(20L);
        assertThat(points.getLedger(customer.getId())).extracting(PointsLedgerEntry::getPoints).containsExactlyInAnyOrder(8L, 12L);
        assertThat(LedgerChecks.mismatchesOf(customer.getId())).isEmpty();
    }

    @Test
    void shouldAwardNothingWhenBroadleafsFinalSaveOfTheOrderFails() {
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        Long orderId = OpenEntityManager.call(() -> {
            Order cart = shop.payInFull(shop.cart(customer, 1, shop.productPriced("300.00")));
            SwitchableFailingActivity.failNextFinalSave();
            assertThatThrownBy(() -> shop.checkout(cart)).isInstanceOf(RuntimeException.class);
            return cart.getId();
        });

        assertThat(OpenEntityManager.call(() -> shop.reloadById(orderId).getStatus()))
                .isNotEqualTo(OrderStatus.SUBMITTED);
        assertThat(points.getLedger(customer.getId())).isEmpty();
        assertThat(points.getBalance(customer.getId())).isZero();
        assertThat(points.pointsEarnedForOrder(orderId)).isZero();
    }

    @Test
    void shouldCreditAnOrderAlreadyRecordedOnceWhenItsCheckoutCompletes() {
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        ledger.credit(bonus(customer, 5)); // an account without debt: the checkout takes the in-place credit
        Order order = OpenEntityManager.call(() -> {
            Order cart = shop.payInFull(shop.cart(customer, 1, shop.productPriced("90.00")));
            // Recorded before its checkout completes (e.g. by awardPointsForOrder from another node).
            ledger.credit(Posting.of(customer.getId(), PointsEntryType.EARN, 9, PointsLedgerEntry.SOURCE_ORDER,
                    cart.getId()).order(cart.getId()).reason("Order " + cart.getId()));
            return shop.checkout(cart);
        });

        assertThat(OpenEntityManager.call(() -> shop.reloadById(order.getId()).getStatus()))
                .isEqualTo(OrderStatus.SUBMITTED);
        assertThat(points.pointsEarnedForOrder(order.getId())).isEqualTo(9L);
        assertThat(points.getBalance(customer.getId())).as("the bonus and one award").isEqualTo(14L);
        assertThat(points.getLedger(customer.getId())).hasSize(2);
        AccountPosition position = ledger.position(customer.getId(), 0);
        assertThat(position.getAvailable() + position.getPending()).isEqualTo(14L);
        assertThat(LedgerChecks.mismatchesOf(customer.getId())).isEmpty();
    }

    @Test
    void shouldPayAnAccountsDebtFirstRightAfterTheOrderCommits() {
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        ledger.credit(bonus(customer, 100));
        ledger.debit(Posting.of(customer.getId(), PointsEntryType.REDEEM, 100, PointsLedgerEntry.SOURCE_REDEMPTION,
                SOURCE.incrementAndGet()).reason("Spent"));
        ledger.clawback(Posting.of(customer.getId(), PointsEntryType.CLAWBACK, 50, PointsLedgerEntry.SOURCE_RETURN,
                SOURCE.incrementAndGet()).reason("Returned"), ClawbackPolicy.ALLOW_NEGATIVE);

        Order order = OpenEntityManager.call(() -> shop.paidCheckout(customer, "200.00", 1));

        LoyaltyAccount account = transaction.execute(status -> accounts.readAccount(customer.getId()));
        assertThat(points.pointsEarnedForOrder(order.getId())).isEqualTo(20L);
        assertThat(account.getDebt()).as("debt left after the award paid 20 of 50").isEqualTo(30);
        assertThat(account.getBalance()).isEqualTo(-30);
        assertThat(account.getOrderCount()).isEqualTo(1);
        assertThat(ledger.position(customer.getId(), 0).getAvailable()).isZero();
        assertThat(LedgerChecks.mismatchesOf(customer.getId())).isEmpty();
    }

    @Test
    void shouldCountAnOrderEarningNothingWithTheOrder() {
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);

        OpenEntityManager.call(() -> shop.paidCheckout(customer, "4.00", 1));

        LoyaltyAccount account = transaction.execute(status -> accounts.readAccount(customer.getId()));
        assertThat(account.getOrderCount()).isEqualTo(1);
        assertThat(account.getBalance()).isZero();
        assertThat(points.getLedger(customer.getId())).isEmpty();
    }

    /** Transactions and prepared statements of the checkout of {@code paidCart}. */
    private long[] countsOf(Order paidCart) throws Exception {
        long transactions = statistics.getTransactionCount();
        long statements = statistics.getPrepareStatementCount();
        shop.checkout(paidCart);
        return new long[] {statistics.getTransactionCount() - transactions,
            statistics.getPrepareStatementCount() - statements};
    }

    private static Posting bonus(Customer customer, long amount) {
        return Posting.of(customer.getId(), PointsEntryType.BONUS, amount, PointsLedgerEntry.SOURCE_ADMIN,
                SOURCE.incrementAndGet()).reason("Welcome bonus");
    }
}
