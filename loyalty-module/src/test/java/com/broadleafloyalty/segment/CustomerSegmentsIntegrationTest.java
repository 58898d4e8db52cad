package com.broadleafloyalty.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.broadleafloyalty.audience.SegmentLookup;
import com.broadleafloyalty.broadleaf.config.LoyaltySwitch;
import com.broadleafloyalty.core.segment.CustomerAggregate;
import com.broadleafloyalty.core.segment.LifecycleRule;
import com.broadleafloyalty.core.segment.QuintileCutPoints;
import com.broadleafloyalty.core.segment.RfmCutPoints;
import com.broadleafloyalty.core.segment.RfmScore;
import com.broadleafloyalty.core.segment.Segment;
import com.broadleafloyalty.segment.dao.CustomerSegmentDao;
import com.broadleafloyalty.segment.domain.CustomerSegment;
import com.broadleafloyalty.segment.domain.SegmentCutPoints;
import com.broadleafloyalty.segment.service.CustomerSegmentService;
import com.broadleafloyalty.segment.service.CustomerSegmentView;
import com.broadleafloyalty.segment.service.FullRunSummary;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.hibernate.ejb.HibernateEntityManagerFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;

/**
 * Segments on the real Broadleaf context, from real checkouts: the full recompute over submitted orders, the update
 * after each checkout against the stored cut points, its SQL cost, and the lookup other features target with.
 * The database is shared with the other test classes of this JVM, so scores are checked against the cut points the
 * run stored, and aggregates exactly.
 */
class CustomerSegmentsIntegrationTest {

    private static final long DAY = 86_400_000L;
    private static final ShopFixture SHOP = new ShopFixture();

    private final CustomerSegmentService service =
            LoyaltyTestContext.bean("blLoyaltyCustomerSegmentService", CustomerSegmentService.class);
    private final SegmentLookup lookup = LoyaltyTestContext.get().getBean(SegmentLookup.class);
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
        CustomerSegment frequentRow = row(frequent);
        CustomerSegment lapsedRow = row(lapsed);
        assertThat(frequentRow.getOrderCount()).isEqualTo(6);
        assertThat(frequentRow.getMonetary()).isEqualByComparingTo("1500.00");
        assertThat(lapsedRow.getOrderCount()).isEqualTo(1);
        assertThat(lapsedRow.getMonetary()).isEqualByComparingTo("12.00");
        assertScoredAgainst(cuts, frequentRow);
        assertScoredAgainst(cuts, lapsedRow);
        assertThat(lapsedRow.getRecencyScore()).isEqualTo(1); // the oldest last order of the shop
        assertThat(frequentRow.getRecencyScore()).isGreaterThanOrEqualTo(lapsedRow.getRecencyScore());
        assertThat(frequentRow.getFrequencyScore()).isGreaterThan(lapsedRow.getFrequencyScore());
        assertThat(frequentRow.getMonetaryScore()).isGreaterThan(lapsedRow.getMonetaryScore());
        assertThat(lapsedRow.getLifecyclePhase()).isEqualTo("AT_RISK_OF_DISAPPOINTMENT");
        assertThat(frequentRow.getLifecyclePhase()).isIn("TRUST", "ADVOCATE");

        String frequentSegment = lookup.segmentOf(frequent.getId());
        assertThat(frequentSegment).isEqualTo(Segment.valueOf(frequentRow.getSegment()).getDisplayName());
        assertThat(lookup.customersIn(frequentSegment)).contains(frequent.getId()).doesNotContain(lapsed.getId());
        assertThat(lookup.customersIn(lookup.segmentOf(lapsed.getId()))).contains(lapsed.getId());
        assertThat(summary.getSegmentSizes().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(summary.getCustomersScored());
    }

    @Test
    void shouldUpdateTheCustomersRowAfterACheckoutAgainstTheStoredCutPoints() {
        Customer customer = SHOP.registeredCustomer();
        OpenEntityManager.call(() -> {
            checkoutDaysAgo(customer, 500, "8.00");
            SHOP.paidCheckout(SHOP.registeredCustomer(), "20.00", 1); // others ordered today
            return SHOP.paidCheckout(SHOP.registeredCustomer(), "25.00", 1);
        });
        service.recomputeAll();
        CustomerSegment before = row(customer);
        assertThat(before.getRecencyScore()).isEqualTo(1);

        Order order = OpenEntityManager.call(() -> SHOP.paidCheckout(customer, "90.00", 2));

        CustomerSegment after = row(customer);
        assertThat(after.getOrderCount()).isEqualTo(2);
        assertThat(after.getMonetary()).isEqualByComparingTo("188.00");
        assertThat(after.getLastOrderId()).isEqualTo(order.getId());
        assertThat(after.getLastOrderDate()).isAfter(before.getLastOrderDate());
        assertThat(after.getRecencyScore()).isGreaterThan(before.getRecencyScore());
        assertThat(after.getSegment()).isNotEqualTo(before.getSegment());
        assertScoredAgainst(storedCutPoints(), after);
        assertThat(after.getLifecyclePhase()).isIn("TRUST", "ADVOCATE");
        assertThat(lookup.segmentOf(customer.getId())).isEqualTo(Segment.valueOf(after.getSegment()).getDisplayName());

        // Completing the same order again (a retried activity) does not count it twice.
        OpenEntityManager.call(() -> {
            service.recordCompletedOrder(SHOP.reload(order));
            return null;
        });
        assertThat(row(customer).getOrderCount()).isEqualTo(2);
    }

    @Test
    void shouldCountAFirstOrderBeforeAnyFullRunScoresIt() {
        Customer customer = SHOP.registeredCustomer();

        OpenEntityManager.call(() -> SHOP.paidCheckout(customer, "30.00", 1));

        CustomerSegment row = row(customer);
        assertThat(row.getOrderCount()).isEqualTo(1);
        assertThat(row.getMonetary()).isEqualByComparingTo("30.00");
        // Scored at once when a previous run stored cut points (another test may have run one), never half-scored.
        if (row.getSegment() == null) {
            assertThat(Arrays.asList(row.getRecencyScore(), row.getFrequencyScore(), row.getMonetaryScore(),
                    row.getLifecyclePhase())).containsOnlyNulls();
        } else {
            assertScoredAgainst(storedCutPoints(), row);
        }
        CustomerSegmentView view = service.viewOf(customer.getId());
        assertThat(view.getOrderCount()).isEqualTo(1);
        assertThat(view.isScored()).isEqualTo(row.getSegment() != null);
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
    void shouldSpendAtMostTwoStatementsOnTheUpdateAfterACheckout() {
        Customer customer = SHOP.registeredCustomer();
        Statistics statistics = LoyaltyTestContext.bean("entityManagerFactory", HibernateEntityManagerFactory.class)
                .getSessionFactory().getStatistics();
        statistics.setStatisticsEnabled(true);
        LoyaltySwitch loyaltySwitch = LoyaltyTestContext.bean("blLoyaltySwitch", LoyaltySwitch.class);

        long[] statements = OpenEntityManager.call(() -> {
            long[] counted = new long[3];
            for (int i = 0; i < 2; i++) {
                // Placed with the module off, then the activity's work alone is counted (first order: SELECT and
                // INSERT; second: SELECT and UPDATE).
                loyaltySwitch.setEnabled(false);
                Order order = SHOP.paidCheckout(customer, "40.00", 1);
                loyaltySwitch.setEnabled(true);
                assertThat(order.getCustomer().isRegistered()).isTrue();
                long before = statistics.getPrepareStatementCount();
                service.recordCompletedOrder(order);
                counted[i] = statistics.getPrepareStatementCount() - before;
                if (i == 1) {
                    before = statistics.getPrepareStatementCount();
                    service.recordCompletedOrder(order);
                    counted[2] = statistics.getPrepareStatementCount() - before;
                }
            }
            return counted;
        });

        org.apache.commons.logging.LogFactory.getLog(getClass()).info("SQL statements of the segment update: first order "
                + statements[0] + ", repeat order " + statements[1] + ", already counted " + statements[2]);
        assertThat(statements[0]).as("first order").isLessThanOrEqualTo(2);
        assertThat(statements[1]).as("repeat order").isLessThanOrEqualTo(2);
        assertThat(statements[2]).as("already counted").isEqualTo(1);
        assertThat(row(customer).getOrderCount()).isEqualTo(2);
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
    void shouldRemoveTheRowOfACustomerWhoseOnlyOrderWasCancelled() {
        Customer customer = SHOP.registeredCustomer();
        Order order = OpenEntityManager.call(() -> SHOP.paidCheckout(customer, "55.00", 1));
        assertThat(service.viewOf(customer.getId())).isNotNull();

        OpenEntityManager.call(() -> LoyaltyTestContext.bean("blLoyaltyReturnService",
                com.broadleafloyalty.ledger.service.LoyaltyReturnService.class).cancelOrder(order.getId(), "test"));
        FullRunSummary summary = service.recomputeAll();

        assertThat(summary.getRowsRemoved()).isGreaterThanOrEqualTo(1);
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

    private CustomerSegment row(Customer customer) {
        CustomerSegmentView view = service.viewOf(customer.getId());
        assertThat(view).as("RFM row of customer " + customer.getId()).isNotNull();
        return new TransactionTemplate(LoyaltyTestContext.bean("blTransactionManager", PlatformTransactionManager.class))
                .execute(s -> dao.readByCustomer(customer.getId()));
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

    /** The stored scores, segment and phase are what the core gives for the stored aggregate and cut points. */
    private static void assertScoredAgainst(RfmCutPoints cuts, CustomerSegment row) {
        CustomerAggregate aggregate = new CustomerAggregate(row.getCustomerId(), row.getFirstOrderDate().getTime(),
                row.getLastOrderDate().getTime(), row.getOrderCount(), row.getMonetary());
        RfmScore expected = cuts.score(aggregate);
        assertThat(new RfmScore(row.getRecencyScore(), row.getFrequencyScore(), row.getMonetaryScore()))
                .isEqualTo(expected);
        assertThat(row.getSegment()).isEqualTo(Segment.of(expected).name());
        long today = LocalDate.now(ZoneOffset.UTC).toEpochDay();
        assertThat(row.getLifecyclePhase()).isEqualTo(new LifecycleRule(90).phaseOf(aggregate, expected,
                Math.max(today, aggregate.getLastOrderDay()), false).name());
    }
}
