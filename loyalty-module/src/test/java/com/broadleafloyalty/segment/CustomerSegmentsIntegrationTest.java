package com.broadleafloyalty.segment;

import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.segment.core.CustomerAggregate;
import com.broadleafloyalty.segment.core.LifecycleRule;
import com.broadleafloyalty.segment.core.QuintileCutPoints;
import com.broadleafloyalty.segment.core.RfmCutPoints;
import com.broadleafloyalty.segment.core.RfmScore;
import com.broadleafloyalty.segment.core.Segment;
import com.broadleafloyalty.segment.dao.CustomerSegmentDao;
import com.broadleafloyalty.segment.domain.SegmentCutPoints;
import com.broadleafloyalty.segment.service.CustomerSegmentService;
import com.broadleafloyalty.segment.service.CustomerSegmentView;
import com.broadleafloyalty.segment.service.FullRunSummary;
import com.broadleafloyalty.segment.service.SegmentLookup;
import com.broadleafloyalty.support.config.LoyaltySwitch;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.hibernate.ejb.HibernateEntityManagerFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Segments on the real Broadleaf context, from real checkouts: the full recompute over submitted orders, the order
 * tally each checkout keeps (in the award's statements), scoring on read against the stored cut points, and the
 * lookup other features target with.
 * The database is shared with the other test classes of this JVM, so scores are checked against the cut points the
 * run stored, and aggregates exactly.
 */
class CustomerSegmentsIntegrationTest {

    private static final long DAY = 86_400_000L;
    private static final ShopFixture SHOP = new ShopFixture();

    private final CustomerSegmentService service =
            LoyaltyTestContext.bean("blLoyaltyCustomerSegmentService", CustomerSegmentService.class);
    private final SegmentLookup lookup = LoyaltyTestContext.get().getBean(SegmentLookup.class);
    private static final LoyaltyPointsService POINTS =
            LoyaltyTestContext.bean("blLoyaltyPointsService", LoyaltyPointsService.class);
    private final CustomerSegmentDao dao = LoyaltyTestContext.bean("blLoyaltyCustomerSegmentDao", CustomerSegmentDao.class);

    @AfterEach
    void restoreSwitch() {
        LoyaltyTestContext.bean("blLoyaltySwitch", LoyaltySwitch.class).setEnabled(true);
    }

    @Test
    void shouldScoreCustomersFromRealCheckoutsInTheFullRun() {
        Customer frequent = SHOP.registeredCustomer();
        Customer lapsed = SHOP.registeredCustomer();
        OpenEntityManager.call(() -> {
            checkoutDaysAgo(lapsed, 400, "12.00");
            for (int i = 0; i < 6; i++) {
                checkoutDaysAgo(frequent, 6 - i, "250.00");
            }
            return null;
        });

        FullRunSummary summary = service.recomputeAll();

        assertThat(summary.isSkipped()).isFalse();
        assertThat(summary.getCustomersScored()).isGreaterThanOrEqualTo(2);
        RfmCutPoints cuts = storedCutPoints();
        CustomerSegmentView frequentView = view(frequent);
        CustomerSegmentView lapsedView = view(lapsed);
        // The tallies counted the orders on the day they were placed; the run corrected them from the orders.
        assertThat(frequentView.getOrderCount()).isEqualTo(6);
        assertThat(frequentView.getMonetary()).isEqualByComparingTo("1500.00");
        assertThat(lapsedView.getOrderCount()).isEqualTo(1);
        assertThat(lapsedView.getMonetary()).isEqualByComparingTo("12.00");
        assertThat(summary.getTalliesCorrected()).isGreaterThanOrEqualTo(2);
        assertScoredAgainst(cuts, frequent, frequentView);
        assertScoredAgainst(cuts, lapsed, lapsedView);
        assertThat(lapsedView.getRecencyScore()).isEqualTo(1); // the oldest last order of the shop
        assertThat(frequentView.getRecencyScore()).isGreaterThanOrEqualTo(lapsedView.getRecencyScore());
        assertThat(frequentView.getFrequencyScore()).isGreaterThan(lapsedView.getFrequencyScore());
        assertThat(frequentView.getMonetaryScore()).isGreaterThan(lapsedView.getMonetaryScore());
        assertThat(lapsedView.getLifecyclePhaseName()).isEqualTo("At risk of disappointment");
        assertThat(frequentView.getLifecyclePhaseName()).isIn("Trust", "Advocate");

        String frequentSegment = lookup.segmentOf(frequent.getId());
        assertThat(frequentSegment).isEqualTo(frequentView.getSegmentName());
        assertThat(lookup.customersIn(frequentSegment)).contains(frequent.getId()).doesNotContain(lapsed.getId());
        assertThat(lookup.customersIn(lookup.segmentOf(lapsed.getId()))).contains(lapsed.getId());
        assertThat(summary.getSegmentSizes().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(summary.getCustomersScored());
    }

    @Test
    void shouldCountACheckoutInTheTallyAndScoreItAgainstTheStoredCutPoints() {
        Customer customer = SHOP.registeredCustomer();
        OpenEntityManager.call(() -> {
            checkoutDaysAgo(customer, 500, "8.00");
            SHOP.paidCheckout(SHOP.registeredCustomer(), "20.00", 1); // others ordered today
            return SHOP.paidCheckout(SHOP.registeredCustomer(), "25.00", 1);
        });
        service.recomputeAll();
        CustomerSegmentView before = view(customer);
        assertThat(before.getRecencyScore()).isEqualTo(1);

        Order order = OpenEntityManager.call(() -> SHOP.paidCheckout(customer, "90.00", 2));

        CustomerSegmentView after = view(customer);
        assertThat(after.getOrderCount()).isEqualTo(2);
        assertThat(after.getMonetary()).isEqualByComparingTo("188.00");
        assertThat(after.getLastOrderDate()).isAfter(before.getLastOrderDate());
        assertThat(after.getRecencyScore()).isGreaterThan(before.getRecencyScore());
        assertThat(after.getSegmentName()).isNotEqualTo(before.getSegmentName());
        assertScoredAgainst(storedCutPoints(), customer, after);
        assertThat(after.getLifecyclePhaseName()).isIn("Trust", "Advocate");
        assertThat(lookup.segmentOf(customer.getId())).isEqualTo(after.getSegmentName());

        // Completing the same order again (a retried activity) does not count it twice.
        OpenEntityManager.call(() -> POINTS.awardOrder(SHOP.reload(order)));
        assertThat(view(customer).getOrderCount()).isEqualTo(2);
    }

    @Test
    void shouldKeepTheTallysFirstAndLastOrderWhenAnOlderOrderCompletesAfterANewerOne() throws Exception {
        // Two of one customer's orders completing at once on two nodes may be counted newest first.
        Customer customer = SHOP.registeredCustomer();
        long now = System.currentTimeMillis();
        OpenEntityManager.call(() -> SHOP.paidCheckout(customer, "40.00", 1));
        OpenEntityManager.call(() -> {
            Order older = SHOP.payInFull(SHOP.cart(customer, 1, SHOP.productPriced("60.00")));
            older.setStatus(OrderStatus.SUBMITTED);
            older.setSubmitDate(new Date(now - 10 * DAY));
            return POINTS.awardOrder(LoyaltyTestContext.bean("blOrderService", OrderService.class).save(older, false));
        });

        try (Connection connection = LoyaltyTestContext.bean("blLoyaltyTestDataSource", DataSource.class).getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT FIRST_ORDER_DATE, LAST_ORDER_DATE FROM LOY_ACCOUNT WHERE CUSTOMER_ID = ?")) {
            select.setLong(1, customer.getId());
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getTimestamp(1).getTime()).as("the stored first order").isEqualTo(now - 10 * DAY);
                assertThat(row.getTimestamp(2).getTime()).as("the stored last order").isGreaterThanOrEqualTo(now);
            }
        }
        CustomerSegmentView view = view(customer);
        assertThat(view.getOrderCount()).isEqualTo(2);
        assertThat(view.getFirstOrderDate()).isEqualTo(new Date(now - 10 * DAY));
        assertThat(view.getLastOrderDate().getTime()).isGreaterThanOrEqualTo(now);
        assertThat(service.recomputeAll().isSkipped()).isFalse(); // the full run reads the tally without failing
        assertThat(view(customer).isScored()).isTrue();
    }

    @Test
    void shouldCountAFirstOrderBeforeAnyFullRunScoresIt() {
        Customer customer = SHOP.registeredCustomer();

        OpenEntityManager.call(() -> SHOP.paidCheckout(customer, "30.00", 1));

        CustomerSegmentView view = view(customer);
        assertThat(view.getOrderCount()).isEqualTo(1);
        assertThat(view.getMonetary()).isEqualByComparingTo("30.00");
        // Scored at once when a previous run stored cut points (another test may have run one), never half-scored.
        if (view.isScored()) {
            assertScoredAgainst(storedCutPoints(), customer, view);
        } else {
            assertThat(Arrays.asList(view.getRecencyScore(), view.getFrequencyScore(), view.getMonetaryScore(),
                    view.getSegmentName(), view.getLifecyclePhaseName())).containsOnlyNulls();
        }
    }

    @Test
    void shouldCountAnOrderThatEarnsNoPoints() {
        Customer customer = SHOP.registeredCustomer();

        OpenEntityManager.call(() -> SHOP.paidCheckout(customer, "4.00", 1)); // 10 points per 100: none
        OpenEntityManager.call(() -> SHOP.paidCheckout(customer, "3.00", 1));

        assertThat(POINTS.getBalance(customer.getId())).isZero();
        assertThat(view(customer).getOrderCount()).isEqualTo(2);
        assertThat(view(customer).getMonetary()).isEqualByComparingTo("7.00");
    }

    @Test
    void shouldNotScoreGuests() {
        Order order = OpenEntityManager.call(() -> {
            Customer guest = SHOP.guestCustomer();
            return SHOP.checkout(SHOP.payInFull(SHOP.cart(guest, 1, SHOP.productPriced("15.00"))));
        });

        assertThat(service.viewOf(order.getCustomer().getId())).isNull();
        assertThat(lookup.segmentOf(order.getCustomer().getId())).isNull();
    }

    @Test
    void shouldCountTheOrderInTheStatementsOfTheAward() {
        Customer customer = SHOP.registeredCustomer();
        Statistics statistics = LoyaltyTestContext.bean("entityManagerFactory", HibernateEntityManagerFactory.class)
                .getSessionFactory().getStatistics();
        statistics.setStatisticsEnabled(true);
        LoyaltySwitch loyaltySwitch = LoyaltyTestContext.bean("blLoyaltySwitch", LoyaltySwitch.class);

        long[] statements = OpenEntityManager.call(() -> {
            String[] prices = {"40.00", "60.00", "4.00"};
            long[] counted = new long[prices.length];
            for (int i = 0; i < prices.length; i++) {
                // Placed with the module off, then the award alone is counted.
                loyaltySwitch.setEnabled(false);
                Order order = SHOP.paidCheckout(customer, prices[i], 1);
                loyaltySwitch.setEnabled(true);
                long before = statistics.getPrepareStatementCount();
                POINTS.awardOrder(order);
                counted[i] = statistics.getPrepareStatementCount() - before;
            }
            return counted;
        });

        org.apache.commons.logging.LogFactory.getLog(getClass()).info("SQL statements of an award with its order"
                + " count: first order " + statements[0] + ", next order " + statements[1]
                + ", an order earning nothing " + statements[2]);
        // First: the account INSERT (after an UPDATE that found none), the entry and the batch; next: the UPDATE
        // that credits and counts, the entry and the batch; an order earning nothing: the UPDATE that counts it.
        assertThat(statements[0]).as("first order").isLessThanOrEqualTo(4);
        assertThat(statements[1]).as("next order").isLessThanOrEqualTo(3);
        assertThat(statements[2]).as("order earning nothing").isEqualTo(1);
        CustomerSegmentView view = view(customer);
        assertThat(view.getOrderCount()).isEqualTo(3);
        assertThat(view.getMonetary()).isEqualByComparingTo("104.00");
        assertThat(POINTS.getBalance(customer.getId())).isEqualTo(10L);
    }

    @Test
    void shouldSkipARunWhenAnotherNodeFinishedOneWhileThisOneWaited() {
        service.recomputeAll();
        Date finished = storedCutPointsRow().getComputedAt();
        TransactionTemplate transaction = new TransactionTemplate(
                LoyaltyTestContext.bean("blTransactionManager", PlatformTransactionManager.class));

        Boolean startedBeforeTheOtherFinished = transaction.execute(s -> dao.claimFullRun(new Date(finished.getTime() - 1)));
        Boolean startedAfter = transaction.execute(s -> dao.claimFullRun(new Date(finished.getTime() + 1)));

        assertThat(startedBeforeTheOtherFinished).isFalse();
        assertThat(startedAfter).isTrue();
    }

    @Test
    void shouldClearTheTallyOfACustomerWhoseOnlyOrderWasCancelled() {
        Customer customer = SHOP.registeredCustomer();
        Order order = OpenEntityManager.call(() -> SHOP.paidCheckout(customer, "55.00", 1));
        assertThat(service.viewOf(customer.getId())).isNotNull();

        OpenEntityManager.call(() -> LoyaltyTestContext.bean("blLoyaltyReturnService",
                com.broadleafloyalty.returns.service.LoyaltyReturnService.class).cancelOrder(order.getId(), "test"));
        FullRunSummary summary = service.recomputeAll();

        assertThat(summary.getTalliesCorrected()).isGreaterThanOrEqualTo(1);
        assertThat(service.viewOf(customer.getId())).isNull();
        assertThat(lookup.segmentOf(customer.getId())).isNull();
    }

    @Test
    void shouldRefuseAnUnknownSegmentName() {
        assertThatThrownBy(() -> lookup.customersIn("Whales")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Champions");
    }

    /**
     * A real checkout, then dated {@code days} back: Broadleaf stamps the submit date from the wall clock
     * ({@code CompleteOrderActivity}), so history is made by moving the stamp, as an imported order would carry it.
     */
    private static Order checkoutDaysAgo(Customer customer, int days, String price) throws Exception {
        Order order = SHOP.reload(SHOP.paidCheckout(customer, price, 1));
        order.setSubmitDate(new Date(System.currentTimeMillis() - days * DAY));
        return LoyaltyTestContext.bean("blOrderService", OrderService.class).save(order, false);
    }

    private CustomerSegmentView view(Customer customer) {
        CustomerSegmentView view = service.viewOf(customer.getId());
        assertThat(view).as("RFM figures of customer " + customer.getId()).isNotNull();
        return view;
    }

    private SegmentCutPoints storedCutPointsRow() {
        return new TransactionTemplate(LoyaltyTestContext.bean("blTransactionManager", PlatformTransactionManager.class))
                .execute(s -> dao.readCutPoints());
    }

    private RfmCutPoints storedCutPoints() {
        SegmentCutPoints c = storedCutPointsRow();
        return new RfmCutPoints(
                QuintileCutPoints.stored(Arrays.asList(c.getRecencyCut1(), c.getRecencyCut2(), c.getRecencyCut3(), c.getRecencyCut4())),
                QuintileCutPoints.stored(Arrays.asList(c.getFrequencyCut1(), c.getFrequencyCut2(), c.getFrequencyCut3(), c.getFrequencyCut4())),
                QuintileCutPoints.stored(Arrays.asList(c.getMonetaryCut1(), c.getMonetaryCut2(), c.getMonetaryCut3(), c.getMonetaryCut4())));
    }

    /** The scores, segment and phase shown are what the core gives for the tally and the stored cut points. */
    private static void assertScoredAgainst(RfmCutPoints cuts, Customer customer, CustomerSegmentView view) {
        CustomerAggregate aggregate = new CustomerAggregate(customer.getId(), view.getFirstOrderDate().getTime(),
                view.getLastOrderDate().getTime(), view.getOrderCount(), view.getMonetary());
        RfmScore expected = cuts.score(aggregate);
        assertThat(new RfmScore(view.getRecencyScore(), view.getFrequencyScore(), view.getMonetaryScore()))
                .isEqualTo(expected);
        assertThat(view.getSegmentName()).isEqualTo(Segment.of(expected).getDisplayName());
        long today = LocalDate.now(ZoneOffset.UTC).toEpochDay();
        assertThat(view.getLifecyclePhaseName()).isEqualTo(new LifecycleRule(90).phaseOf(aggregate, expected,
                today, false).getDisplayName());
    }
}
