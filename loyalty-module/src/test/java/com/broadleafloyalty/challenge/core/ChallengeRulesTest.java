package com.broadleafloyalty.challenge.core;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

import static com.broadleafloyalty.challenge.core.ChallengeFixture.GARDEN;
import static com.broadleafloyalty.challenge.core.ChallengeFixture.KITCHEN;
import static com.broadleafloyalty.challenge.core.ChallengeFixture.NOW;
import static com.broadleafloyalty.challenge.core.ChallengeFixture.OUTDOOR;
import static com.broadleafloyalty.challenge.core.ChallengeFixture.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;

class ChallengeRulesTest {

    private final ChallengeRules rules = new ChallengeRules(ZoneOffset.UTC);

    @Test
    void shouldCountOrdersInsideARollingWindowOnly() {
        CustomerActivity activity = new CustomerActivity.Builder()
                .orderLine(1L, daysAgo(61), OUTDOOR, money("10"))
                .orderLine(2L, daysAgo(59), OUTDOOR, money("10"))
                .orderLine(2L, daysAgo(59), KITCHEN, money("5"))
                .orderLine(3L, daysAgo(1), null, money("10")).build();

        ChallengeProgress progress = rules.progress(ChallengeFixture.ordersInDays(3, 60), activity, NOW);

        assertThat(progress.getCurrent()).isEqualByComparingTo("2");
        assertThat(progress.isComplete()).isFalse();
        assertThat(progress.getPercent()).isEqualTo(66);
        assertThat(progress.getRemaining()).isEqualByComparingTo("1");
    }

    @Test
    void shouldCompleteWhenTheGoalIsReachedAndStayAtAHundredPercent() {
        CustomerActivity.Builder activity = new CustomerActivity.Builder();
        for (long order = 1; order <= 4; order++) {
            activity.orderLine(order, daysAgo((int) order), OUTDOOR, money("1"));
        }

        ChallengeProgress progress = rules.progress(ChallengeFixture.ordersInDays(3, 60), activity.build(), NOW);

        assertThat(progress.isComplete()).isTrue();
        assertThat(progress.getPercent()).isEqualTo(100);
        assertThat(progress.getRemaining()).isEqualByComparingTo("0");
    }

    @Test
    void shouldSumTheSpendOfOneCategoryInTheCalendarQuarter() {
        // NOW is 20 May 2026: the quarter runs from 1 April to 30 June.
        CustomerActivity activity = new CustomerActivity.Builder()
                .orderLine(1L, Instant.parse("2026-03-31T23:59:59Z"), OUTDOOR, money("500.00"))
                .orderLine(2L, Instant.parse("2026-04-01T00:00:00Z"), OUTDOOR, money("120.50"))
                .orderLine(2L, Instant.parse("2026-04-01T00:00:00Z"), KITCHEN, money("999.00"))
                .orderLine(3L, Instant.parse("2026-05-19T10:00:00Z"), OUTDOOR, money("79.49")).build();

        ChallengeProgress progress = rules.progress(ChallengeFixture.spendThisQuarter("200.00", OUTDOOR), activity, NOW);

        assertThat(progress.getCurrent()).isEqualByComparingTo("199.99");
        assertThat(progress.isComplete()).isFalse();
        assertThat(progress.getPercent()).isEqualTo(99);
    }

    @Test
    void shouldCountDistinctCategoriesAcrossOrdersInTheMonth() {
        CustomerActivity activity = new CustomerActivity.Builder()
                .orderLine(1L, Instant.parse("2026-05-02T09:00:00Z"), OUTDOOR, money("1"))
                .orderLine(1L, Instant.parse("2026-05-02T09:00:00Z"), KITCHEN, money("1"))
                .orderLine(2L, Instant.parse("2026-05-10T09:00:00Z"), OUTDOOR, money("1"))
                .orderLine(3L, Instant.parse("2026-04-30T09:00:00Z"), GARDEN, money("1")).build();

        ChallengeProgress thisMonth = rules.progress(
                ChallengeFixture.of(ChallengeRuleType.DISTINCT_CATEGORIES, 3, WindowType.CALENDAR_MONTH, 0),
                activity, NOW);
        ChallengeProgress lastNinetyDays = rules.progress(
                ChallengeFixture.of(ChallengeRuleType.DISTINCT_CATEGORIES, 3, WindowType.ROLLING_DAYS, 90),
                activity, NOW);

        assertThat(thisMonth.getCurrent()).isEqualByComparingTo("2");
        assertThat(lastNinetyDays.isComplete()).isTrue();
    }

    @Test
    void shouldCountFeedbackAnswersInTheWindow() {
        CustomerActivity activity = new CustomerActivity.Builder()
                .feedback(daysAgo(40)).feedback(daysAgo(3)).feedback(daysAgo(2)).build();

        ChallengeProgress progress = rules.progress(
                ChallengeFixture.of(ChallengeRuleType.FEEDBACK, 2, WindowType.ROLLING_DAYS, 30), activity, NOW);

        assertThat(progress.getCurrent()).isEqualByComparingTo("2");
        assertThat(progress.isComplete()).isTrue();
    }

    @Test
    void shouldCountReferredFriendsWhoOrderedInTheWindow() {
        CustomerActivity activity = new CustomerActivity.Builder()
                .referralOrder(daysAgo(100)).referralOrder(daysAgo(5)).build();

        ChallengeProgress progress = rules.progress(
                ChallengeFixture.of(ChallengeRuleType.REFERRALS, 2, WindowType.ROLLING_DAYS, 30), activity, NOW);

        assertThat(progress.getCurrent()).isEqualByComparingTo("1");
        assertThat(progress.getPercent()).isEqualTo(50);
    }

    @Test
    void shouldCountNothingOutsideAChallengesFixedDates() {
        CustomerActivity activity = new CustomerActivity.Builder()
                .orderLine(1L, Instant.parse("2026-05-01T10:00:00Z"), OUTDOOR, money("1")).build();
        ChallengeDefinition over = ChallengeFixture.between(ChallengeRuleType.ORDERS, 1, "2026-04-01", "2026-05-10");
        ChallengeDefinition open = ChallengeFixture.between(ChallengeRuleType.ORDERS, 1, "2026-04-01", "2026-05-20");

        assertThat(rules.isOpen(over, NOW)).isFalse();
        assertThat(rules.progress(over, activity, NOW).getCurrent()).isEqualByComparingTo("0");
        assertThat(rules.isOpen(open, NOW)).isTrue();
        assertThat(rules.progress(open, activity, NOW).isComplete()).isTrue();
    }

    @Test
    void shouldReadActivityFromTheEarliestStartOfAllChallenges() {
        Instant earliest = rules.earliestStart(Arrays.asList(ChallengeFixture.ordersInDays(3, 60),
                ChallengeFixture.spendThisQuarter("200", OUTDOOR)), NOW);

        assertThat(earliest).isEqualTo(Instant.parse("2026-03-21T12:00:00Z"));
    }

    private static java.math.BigDecimal money(String amount) {
        return new java.math.BigDecimal(amount);
    }
}
