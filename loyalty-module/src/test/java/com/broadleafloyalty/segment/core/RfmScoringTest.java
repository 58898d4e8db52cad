package com.broadleafloyalty.segment.core;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RfmScoringTest {

    private static final long DAY = 86_400_000L;
    private static final long TODAY = 20_000;
    private final RfmScoring scoring = new RfmScoring(new LifecycleRule(90));

    /** Ten customers: customer i last ordered (11 - i) * 10 days ago, ordered i times and spent i * 100. */
    private List<CustomerAggregate> tenCustomers() {
        CustomerAggregates aggregates = new CustomerAggregates();
        for (long i = 1; i <= 10; i++) {
            for (long order = 0; order < i; order++) {
                long daysAgo = (11 - i) * 10 + order * 30;
                aggregates.addOrder(i, (TODAY - daysAgo) * DAY, new BigDecimal("100"));
            }
        }
        return aggregates.toList();
    }

    @Test
    void shouldAggregateOrdersPerCustomer() {
        CustomerAggregate customer = new CustomerAggregates()
                .addOrder(7, 5 * DAY, new BigDecimal("10.50"))
                .addOrder(7, 2 * DAY, new BigDecimal("4.50"))
                .addOrder(7, 9 * DAY + 5, new BigDecimal("1.00"))
                .toList().get(0);

        assertThat(customer.getOrderCount()).isEqualTo(3);
        assertThat(customer.getMonetary()).isEqualByComparingTo("16.00");
        assertThat(customer.getFirstOrderMillis()).isEqualTo(2 * DAY);
        assertThat(customer.getLastOrderMillis()).isEqualTo(9 * DAY + 5);
        assertThat(customer.getLastOrderDay()).isEqualTo(9);
    }

    @Test
    void shouldScoreMoreRecentMoreFrequentAndBiggerSpendersHigher() {
        RfmScoring.Run run = scoring.scoreAll(tenCustomers(), TODAY);

        Map<Long, ScoredCustomer> byId = byId(run);
        assertThat(byId.get(1L).getScore()).isEqualTo(new RfmScore(1, 1, 1));
        assertThat(byId.get(10L).getScore()).isEqualTo(new RfmScore(5, 5, 5));
        assertThat(byId.get(10L).getSegment()).isEqualTo(Segment.CHAMPIONS);
        assertThat(byId.get(10L).getPhase()).isEqualTo(LifecyclePhase.ADVOCATE);
        assertThat(byId.get(1L).getSegment()).isEqualTo(Segment.LOST);
        assertThat(byId.get(1L).getPhase()).isEqualTo(LifecyclePhase.AT_RISK_OF_DISAPPOINTMENT);
        assertThat(byId.get(5L).getScore()).isEqualTo(new RfmScore(3, 3, 3));
        assertThat(run.getCutPoints().getFrequency().getCuts()).containsExactly(3L, 5L, 7L, 9L);
    }

    @Test
    void shouldScoreOneCustomerIncrementallyAgainstStoredCutPoints() {
        RfmScoring.Run run = scoring.scoreAll(tenCustomers(), TODAY);
        CustomerAggregate lost = byId(run).get(1L).getAggregate();

        ScoredCustomer afterOrder = scoring.scoreOne(lost.plusOrder(TODAY * DAY, new BigDecimal("150")),
                run.getCutPoints(), TODAY, false);

        // Ordered today (R 5), two orders (F 1: below the first cut, 3), 250 spent (M 1: below 300).
        assertThat(afterOrder.getScore()).isEqualTo(new RfmScore(5, 1, 1));
        assertThat(afterOrder.getSegment()).isEqualTo(Segment.NEW_CUSTOMERS);
        assertThat(afterOrder.getPhase()).isEqualTo(LifecyclePhase.TRUST);
        assertThat(afterOrder.getAggregate().getOrderCount()).isEqualTo(2);
    }

    @Test
    void shouldGiveTiedCustomersTheSameScores() {
        CustomerAggregates aggregates = new CustomerAggregates();
        for (long id = 1; id <= 6; id++) {
            aggregates.addOrder(id, (TODAY - 3) * DAY, new BigDecimal("50"));
        }
        RfmScoring.Run run = scoring.scoreAll(aggregates.toList(), TODAY);

        assertThat(run.getCustomers()).extracting(ScoredCustomer::getScore).containsOnly(new RfmScore(3, 3, 3));
    }

    @Test
    void shouldScoreNobodyWithoutCustomers() {
        RfmScoring.Run run = scoring.scoreAll(Collections.<CustomerAggregate>emptyList(), TODAY);

        assertThat(run.getCutPoints()).isNull();
        assertThat(run.getCustomers()).isEmpty();
    }

    @Test
    void shouldRefuseAggregatesWithoutOrdersOrMoney() {
        assertThatThrownBy(() -> new CustomerAggregate(3, 0, 0, 0, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one order");
        assertThatThrownBy(() -> new CustomerAggregates().addOrder(3, 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no amount");
    }

    private static Map<Long, ScoredCustomer> byId(RfmScoring.Run run) {
        Map<Long, ScoredCustomer> byId = new HashMap<Long, ScoredCustomer>();
        for (ScoredCustomer customer : run.getCustomers()) {
            byId.put(customer.getAggregate().getCustomerId(), customer);
        }
        return byId;
    }
}
