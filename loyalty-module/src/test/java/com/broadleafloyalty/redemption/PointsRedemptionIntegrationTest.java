package com.broadleafloyalty.redemption;

import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.redemption.core.RedemptionRefusedException;
import com.broadleafloyalty.redemption.dao.RedemptionDao;
import com.broadleafloyalty.redemption.domain.Redemption;
import com.broadleafloyalty.redemption.domain.RedemptionStatus;
import com.broadleafloyalty.redemption.service.RedemptionService;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.Messages;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.test.SwitchableFailingActivity;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.hibernate.ejb.HibernateEntityManagerFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Date;
import java.util.List;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Points applied in a real Broadleaf cart: priced as a discount, consumed once by checkout, released otherwise. */
class PointsRedemptionIntegrationTest {

    private final ShopFixture shop = new ShopFixture();
    private final RedemptionService redemption =
            LoyaltyTestContext.bean("blLoyaltyRedemptionService", RedemptionService.class);
    private final LoyaltyPointsService points =
            LoyaltyTestContext.bean("blLoyaltyPointsService", LoyaltyPointsService.class);

    @AfterEach
    void reset() {
        SwitchableFailingActivity.disarm();
        SystemTime.reset();
    }

    @Test
    void shouldPriceAppliedPointsAsAnOrderDiscountAndConsumeThemAtCheckout() {
        OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            shop.grantPoints(customer, 500);
            Order cart = shop.cart(customer, 1, shop.productPriced("100.00"));

            cart = redemption.applyPoints(cart, "150");

            assertThat(cart.getOrderAdjustmentsValue().getAmount()).isEqualByComparingTo("15.00");
            assertThat(cart.getTotal().getAmount()).isEqualByComparingTo("85.00");
            assertThat(redemption.availableFor(cart)).isEqualTo(500);
            Order order = shop.checkout(shop.payInFull(cart));

            assertThat(order.getTotal().getAmount()).isEqualByComparingTo("85.00");
            assertThat(redemption.pointsRedemptionFor(order.getId()).getStatus()).isEqualTo(RedemptionStatus.CONSUMED);
            List<PointsLedgerEntry> ledger = points.getLedger(customer.getId());
            assertThat(ledger).extracting(e -> e.getEntryType() + " " + e.getPoints())
                    .contains("REDEEM -150", "EARN 8", "BONUS 500");
            assertThat(points.getBalance(customer.getId())).isEqualTo(500 - 150 + 8);
            return null;
        });
    }

    @Test
    void shouldRestoreThePointsAndThePriceWhenTheRedemptionIsRemoved() {
        OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            shop.grantPoints(customer, 300);
            Order cart = redemption.applyPoints(shop.cart(customer, 2, shop.productPriced("20.00")), "300");
            Order other = shop.cart(customer, 1, shop.productPriced("50.00"));
            assertThat(cart.getTotal().getAmount()).isEqualByComparingTo("10.00");
            assertThat(redemption.availableFor(other)).isZero();

            cart = redemption.removePoints(cart);

            assertThat(cart.getTotal().getAmount()).isEqualByComparingTo("40.00");
            assertThat(redemption.pointsRedemptionFor(cart.getId())).isNull();
            assertThat(redemption.availableFor(other)).isEqualTo(300);
            return null;
        });
    }

    @Test
    void shouldShrinkTheReservationToWhatTheCartIsStillWorthAndConsumeOnlyThat() {
        OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            shop.grantPoints(customer, 1000);
            Sku dear = shop.productPriced("50.00");
            Order cart = redemption.applyPoints(shop.cart(customer, 1, dear, shop.productPriced("20.00")), "600");
            assertThat(cart.getTotal().getAmount()).isEqualByComparingTo("10.00");

            cart = LoyaltyTestContext.bean("blOrderService", OrderService.class)
                    .removeItem(cart.getId(), lineOf(cart, dear).getId(), true);

            Redemption shrunk = redemption.pointsRedemptionFor(cart.getId());
            assertThat(shrunk.getPoints()).isEqualTo(200);
            assertThat(shrunk.getAmount()).isEqualByComparingTo("20.00");
            assertThat(cart.getOrderAdjustmentsValue().getAmount()).isEqualByComparingTo("20.00");
            assertThat(cart.getTotal().getAmount()).isEqualByComparingTo("0.00");
            shop.checkout(shop.payInFull(cart));
            assertThat(points.getLedger(customer.getId())).extracting(e -> e.getEntryType() + " " + e.getPoints())
                    .contains("REDEEM -200").doesNotContain("REDEEM -600");
            return null;
        });
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @CsvSource(value = {"abc;not a whole number", "-5;greater than zero", "0;greater than zero",
        "'';Enter how many", "401;You have 400 points", "301;At most 300 points"}, delimiter = ';')
    void shouldRefuseBadInputAndChangeNothing(String input, String message) {
        OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            shop.grantPoints(customer, 400);
            Order cart = shop.cart(customer, 1, shop.productPriced("30.00"));

            assertThat(Messages.englishRefusal(() -> redemption.applyPoints(cart, input),
                    RedemptionRefusedException.class))
                    .contains(message);

            Order reloaded = shop.reload(cart);
            assertThat(redemption.pointsRedemptionFor(cart.getId())).isNull();
            assertThat(reloaded.getTotal().getAmount()).isEqualByComparingTo("30.00");
            assertThat(points.getBalance(customer.getId())).isEqualTo(400);
            return null;
        });
    }

    @Test
    void shouldGiveThePointsBackWhenCheckoutFailsAfterConsumingThem() {
        OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            shop.grantPoints(customer, 200);
            Order cart = shop.payInFull(redemption.applyPoints(shop.cart(customer, 1, shop.productPriced("80.00")), "200"));
            SwitchableFailingActivity.failNextCheckout();

            assertThatThrownBy(() -> shop.checkout(cart)).isInstanceOf(CheckoutException.class);

            assertThat(points.getBalance(customer.getId())).isEqualTo(200);
            assertThat(points.getLedger(customer.getId())).extracting(PointsLedgerEntry::getEntryType)
                    .containsExactly(PointsEntryType.BONUS);
            assertThat(redemption.pointsRedemptionFor(cart.getId())).isNull();
            return null;
        });
    }

    @Test
    void shouldReleaseAbandonedReservationsAndRefuseACheckoutThatStillCarriesTheDiscount() {
        OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            shop.grantPoints(customer, 100);
            Order cart = shop.payInFull(redemption.applyPoints(shop.cart(customer, 1, shop.productPriced("60.00")), "100"));
            SystemTime.setGlobalTimeSource(new FixedTimeSource(System.currentTimeMillis() + 2 * 3_600_000L));

            assertThat(redemption.releaseAbandoned()).isGreaterThanOrEqualTo(1);

            assertThat(redemption.pointsRedemptionFor(cart.getId())).isNull();
            assertThatThrownBy(() -> shop.checkout(cart)).isInstanceOf(CheckoutException.class);
            assertThat(points.getBalance(customer.getId())).isEqualTo(100);
            return null;
        });
    }

    @Test
    void shouldLeaveARedemptionThatACheckoutConsumedMeanwhileAloneWhenReleasingAbandonedCarts() {
        OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            shop.grantPoints(customer, 200);
            Order consumedElsewhere = redemption.applyPoints(shop.cart(customer, 1, shop.productPriced("40.00")),
                    "100");
            Order abandoned = redemption.applyPoints(shop.cart(customer, 1, shop.productPriced("40.00")), "100");
            RedemptionDao dao = LoyaltyTestContext.bean("blLoyaltyRedemptionDao", RedemptionDao.class);
            JdbcTemplate jdbc = new JdbcTemplate(LoyaltyTestContext.bean("blLoyaltyTestDataSource", DataSource.class));

            int released = new TransactionTemplate(LoyaltyTestContext.bean("blTransactionManager",
                    PlatformTransactionManager.class)).execute(status -> {
                        List<Redemption> candidates = dao.readByOrder(consumedElsewhere.getId());
                        candidates.addAll(dao.readByOrder(abandoned.getId()));
                        // Another node's checkout consumes the first between the job's read and its update.
                        jdbc.update("UPDATE LOY_CART_REDEMPTION SET STATUS = 'CONSUMED' WHERE ORDER_ID = ?",
                                consumedElsewhere.getId());
                        return dao.releaseIfStillReserved(candidates, new Date());
                    });

            assertThat(released).isEqualTo(1);
            assertThat(redemption.pointsRedemptionFor(consumedElsewhere.getId()).getStatus())
                    .isEqualTo(RedemptionStatus.CONSUMED);
            assertThat(redemption.pointsRedemptionFor(abandoned.getId())).isNull();
            return null;
        });
    }

    @Test
    void shouldReadTheCartsRedemptionsOnceWhenPricingAndNeverForAGuest() {
        Statistics statistics = LoyaltyTestContext.bean("entityManagerFactory", HibernateEntityManagerFactory.class)
                .getSessionFactory().getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            OpenEntityManager.call(() -> {
                Customer customer = shop.registeredCustomer();
                shop.grantPoints(customer, 100);
                Order withPoints = redemption.applyPoints(shop.cart(customer, 1, shop.productPriced("30.00")), "50");
                Order guestCart = shop.cart(shop.guestCustomer(), 1, shop.productPriced("30.00"));
                OrderService orders = LoyaltyTestContext.bean("blOrderService", OrderService.class);

                long before = redemptionReads(statistics);
                orders.save(withPoints, true);
                long registered = redemptionReads(statistics) - before;
                orders.save(guestCart, true);
                long guest = redemptionReads(statistics) - before - registered;

                assertThat(registered).isEqualTo(1);
                assertThat(guest).isZero();
                return null;
            });
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }

    @Test
    void shouldRefuseAGuest() {
        OpenEntityManager.call(() -> {
            Order cart = shop.cart(shop.guestCustomer(), 1, shop.productPriced("10.00"));
            assertThat(Messages.englishRefusal(() -> redemption.applyPoints(cart, "10"))).contains("Log in");
            return null;
        });
    }

    private static OrderItem lineOf(Order cart, Sku sku) {
        for (OrderItem item : cart.getOrderItems()) {
            if (item instanceof DiscreteOrderItem && ((DiscreteOrderItem) item).getSku().getId().equals(sku.getId())) {
                return item;
            }
        }
        throw new AssertionError("no line of sku " + sku.getId() + " in " + cart.getOrderItems());
    }

    /** Executions so far of the queries that read an order's redemptions. */
    private static long redemptionReads(Statistics statistics) {
        long reads = 0;
        for (String query : statistics.getQueries()) {
            if (query.contains("RedemptionImpl r WHERE r.orderId = :orderId")) {
                reads += statistics.getQueryStatistics(query).getExecutionCount();
            }
        }
        return reads;
    }
}
