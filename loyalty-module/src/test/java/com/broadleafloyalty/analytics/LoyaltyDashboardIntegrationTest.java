package com.broadleafloyalty.analytics;

import com.broadleafloyalty.analytics.core.CustomerGroup;
import com.broadleafloyalty.analytics.core.OrderKpis;
import com.broadleafloyalty.analytics.core.Period;
import com.broadleafloyalty.analytics.core.PointsKpis;
import com.broadleafloyalty.analytics.service.KpiDocument;
import com.broadleafloyalty.analytics.service.KpiJson;
import com.broadleafloyalty.analytics.service.LoyaltyDashboard;
import com.broadleafloyalty.analytics.service.LoyaltyDashboardService;
import com.broadleafloyalty.redemption.service.RedemptionService;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.hibernate.ejb.HibernateEntityManagerFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard service on the real Broadleaf context, over real checkouts placed in February 2006 (the shop's clock
 * moved with Broadleaf's SystemTime, the orders' submit dates set as a replay sets them): nothing the other test
 * classes of this JVM write falls in that month, so the period's figures are exact. The month lies in the past: a
 * future one would make these the newest orders of the shared database, and the recommender, which measures time decay
 * from the newest order, would then find every other test's orders decayed to nothing.
 */
class LoyaltyDashboardIntegrationTest {

    private static final ShopFixture SHOP = new ShopFixture();
    private static final Period FEBRUARY = Period.of(Instant.parse("2006-02-01T00:00:00Z"),
            Instant.parse("2006-03-01T00:00:00Z"));
    private static final LoyaltyDashboardService SERVICE =
            LoyaltyTestContext.bean("blLoyaltyDashboardService", LoyaltyDashboardService.class);

    private static Customer regular;
    private static Customer newcomer;
    private static LoyaltyDashboard dashboard;

    @BeforeAll
    static void placeOrdersInJanuaryAndFebruary2006() {
        regular = SHOP.registeredCustomer();
        newcomer = SHOP.registeredCustomer();
        Customer guest = SHOP.guestCustomer();
        try {
            OpenEntityManager.call(() -> {
                placedAt(regular, "200.00", "2006-01-20T10:00:00Z");
                at("2006-02-02T09:00:00Z");
                SHOP.grantPoints(regular, 300);
                RedemptionService redemptions =
                        LoyaltyTestContext.bean("blLoyaltyRedemptionService", RedemptionService.class);
                Order cart = SHOP.cart(regular, 1, SHOP.productPriced("120.00"));
                cart = redemptions.applyPoints(cart, "200"); // 20.00 off: the order is worth 100.00
                stamp(SHOP.checkout(SHOP.payInFull(cart)), "2006-02-02T09:00:00Z");
                placedAt(newcomer, "55.00", "2006-02-11T15:00:00Z");
                placedAt(guest, "30.00", "2006-02-12T16:00:00Z");
                return null;
            });
        } finally {
            SystemTime.reset();
        }
        dashboard = SERVICE.dashboard(FEBRUARY);
    }

    @AfterAll
    static void resetClock() {
        SystemTime.reset();
    }

    @Test
    void shouldCountTheCustomersAndOrdersOfThePeriod() {
        OrderKpis orders = dashboard.getOrders().getCurrent();

        assertThat(orders.getCustomersOrdering()).isEqualTo(2);
        assertThat(orders.getOrders()).isEqualTo(2);
        assertThat(orders.getGuestOrders()).isEqualTo(1);
        assertThat(orders.getRepeatCustomerRate()).isEqualByComparingTo("0");
        // the regular customer ordered in the previous period (2006-01-04 .. 01-31) and again
        assertThat(dashboard.getRetention().getCurrent()).isEqualByComparingTo("1");
        assertThat(orders.getFirstOrderValue()).isEqualByComparingTo("55.00");
        assertThat(orders.getRepeatOrderValue()).isEqualByComparingTo("100.00");
        assertThat(orders.getByGroup().get(CustomerGroup.REDEEMING_MEMBERS).getAov()).isEqualByComparingTo("100.00");
        assertThat(orders.getByGroup().get(CustomerGroup.OTHER_MEMBERS).getAov()).isEqualByComparingTo("55.00");
        assertThat(orders.getByGroup().get(CustomerGroup.GUESTS).getOrders()).isEqualTo(1);
        OrderKpis january = dashboard.getOrders().getPrevious();
        assertThat(january.getOrders()).isEqualTo(1);
        assertThat(january.getFirstOrderValue()).isEqualByComparingTo("200.00");
    }

    @Test
    void shouldSumThePointsOfThePeriodFromTheLedger() {
        PointsKpis points = dashboard.getPoints().getCurrent();

        // 300 bonus + 10 on 100.00 + 5 on 55.00; 200 redeemed
        assertThat(points.getIssued()).isEqualTo(315);
        assertThat(points.getRedeemed()).isEqualTo(200);
        assertThat(points.getRedemptionRate()).isEqualByComparingTo("0.6349");
        assertThat(points.getBreakageRate()).isEqualByComparingTo("0");
        assertThat(dashboard.getPoints().getPrevious().getIssued()).isEqualTo(20);
        assertThat(dashboard.getRewards()).hasSize(1);
        assertThat(dashboard.getRewards().get(0).isPointsDiscount()).isTrue();
        assertThat(dashboard.getRewardsCost()).isEqualByComparingTo("20.00");
        // the other tests of this JVM write their entries at today's date: at the end of February 2006 the ledger
        // holds this class's entries only (20 in January, then 315 issued and 200 redeemed)
        assertThat(dashboard.getPoints().getPrevious().getLiability()).isEqualTo(20);
        assertThat(points.getLiability()).isEqualTo(20 + 315 - 200);
    }

    @Test
    void shouldDrawTheWeeksOfThePeriod() {
        // February 2006 starts on a Wednesday: five Monday weeks from 2006-01-30
        assertThat(dashboard.getWeeks().getWeeks()).hasSize(5);
        long issued = 0;
        long memberOrders = 0;
        for (com.broadleafloyalty.analytics.core.WeeklySeries.Week week : dashboard.getWeeks().getWeeks()) {
            issued += week.getIssued();
            memberOrders += week.getMemberOrders();
        }
        assertThat(issued).isEqualTo(315);
        assertThat(memberOrders).isEqualTo(2);
        assertThat(dashboard.getWeeks().getWeeks().get(4).getLiability())
                .isEqualTo(dashboard.getPoints().getCurrent().getLiability());
    }

    @Test
    void shouldWriteTheKpiFileWithTheIssuesKeys() {
        Map<String, Object> doc = KpiDocument.of(dashboard);
        String json = KpiJson.write(doc, false);

        assertThat(doc).containsEntry("customers_ordering", 2L).containsEntry("orders", 2L)
                .containsEntry("guest_orders", 1L).containsEntry("points_issued", 315L)
                .containsEntry("period_from", "2006-02-01T00:00:00Z").containsKeys("points_liability",
                        "pending_points", "redemption_rate", "breakage_rate", "cohort_retention", "segment_migration",
                        "members_by_tier", "referrals_refused", "nps", "csat", "previous_period");
        assertThat(json).contains("\"retention_rate\":1.0000").contains("\"first_order_value\":55.00");
    }

    @Test
    void shouldReadTheDashboardWithoutLoadingAnOrder() {
        Statistics statistics = ((HibernateEntityManagerFactory) LoyaltyTestContext.bean("entityManagerFactory",
                javax.persistence.EntityManagerFactory.class)).getSessionFactory().getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            SERVICE.dashboard(FEBRUARY);
            assertThat(statistics.getEntityLoadCount()).isZero();
            // orders, first orders, tiers x2, segments x2, ledger days x2, liabilities, pending, redeemers,
            // rewards, referrals x2, feedback x3, tier moves: a fixed number, whatever the number of orders
            assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(25);
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }

    private static Order placedAt(Customer customer, String price, String instant) throws Exception {
        at(instant);
        return stamp(SHOP.paidCheckout(customer, price, 1), instant);
    }

    private static void at(String instant) {
        SystemTime.setGlobalTimeSource(new FixedTimeSource(Instant.parse(instant).toEpochMilli()));
    }

    /** Broadleaf stamps the submit date with the wall clock; the replay (and this test) stamp the shop's clock. */
    private static Order stamp(Order order, String instant) throws Exception {
        Order reloaded = SHOP.reload(order);
        reloaded.setSubmitDate(Date.from(Instant.parse(instant)));
        return LoyaltyTestContext.bean("blOrderService", OrderService.class).save(reloaded, false);
    }
}
