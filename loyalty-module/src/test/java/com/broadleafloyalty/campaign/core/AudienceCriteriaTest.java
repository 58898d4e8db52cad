package com.broadleafloyalty.campaign.core;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each audience condition on its own and combined (AND), and the intersection of the conditions' customer lists. */
class AudienceCriteriaTest {

    private static final List<String> TIERS = Arrays.asList("Silver", "Gold", "Platinum");
    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

    private static CustomerFacts customer(String tier, String segment, String phase, boolean newsletter,
            LocalDate lastOrder) {
        return new CustomerFacts(tier, segment, phase, newsletter, lastOrder);
    }

    @Test
    void shouldReachTheTierAndEveryTierAboveIt() {
        AudienceCriteria gold = new AudienceCriteria("gold", null, null, false, null, null);

        assertThat(gold.matches(customer("Gold", null, null, false, null), TIERS)).isTrue();
        assertThat(gold.matches(customer("Platinum", null, null, false, null), TIERS)).isTrue();
        assertThat(gold.matches(customer("Silver", null, null, false, null), TIERS)).isFalse();
        assertThat(gold.matches(customer(null, null, null, false, null), TIERS)).isFalse();
        assertThat(new AudienceCriteria("Diamond", null, null, false, null, null)
                .matches(customer("Platinum", null, null, false, null), TIERS)).isFalse();
    }

    @Test
    void shouldReachOnlyTheSegmentAndPhaseChosen() {
        AudienceCriteria atRisk = new AudienceCriteria(null, "AT_RISK", null, false, null, null);
        AudienceCriteria trust = new AudienceCriteria(null, null, "TRUST", false, null, null);

        assertThat(atRisk.matches(customer(null, "AT_RISK", "TRUST", false, null), TIERS)).isTrue();
        assertThat(atRisk.matches(customer(null, "LOST", "TRUST", false, null), TIERS)).isFalse();
        assertThat(atRisk.matches(customer(null, null, null, false, null), TIERS)).isFalse();
        assertThat(trust.matches(customer(null, "LOST", "TRUST", false, null), TIERS)).isTrue();
        assertThat(trust.matches(customer(null, "LOST", "ADVOCATE", false, null), TIERS)).isFalse();
    }

    @Test
    void shouldReachNewsletterSubscribersOnlyWhenAsked() {
        AudienceCriteria subscribers = new AudienceCriteria(null, null, null, true, null, null);

        assertThat(subscribers.matches(customer(null, null, null, true, null), TIERS)).isTrue();
        assertThat(subscribers.matches(customer(null, null, null, false, null), TIERS)).isFalse();
    }

    @Test
    void shouldCompareTheLastOrderStrictlyWithEachDate() {
        AudienceCriteria before = new AudienceCriteria(null, null, null, false, DAY, null);
        AudienceCriteria after = new AudienceCriteria(null, null, null, false, null, DAY);

        assertThat(before.matches(customer(null, null, null, false, DAY.minusDays(1)), TIERS)).isTrue();
        assertThat(before.matches(customer(null, null, null, false, DAY), TIERS)).isFalse();
        assertThat(before.matches(customer(null, null, null, false, null), TIERS)).isFalse();
        assertThat(after.matches(customer(null, null, null, false, DAY.plusDays(1)), TIERS)).isTrue();
        assertThat(after.matches(customer(null, null, null, false, DAY), TIERS)).isFalse();
        assertThat(after.matches(customer(null, null, null, false, null), TIERS)).isFalse();
    }

    @Test
    void shouldNeedEveryChosenConditionWhenCombined() {
        AudienceCriteria combined = new AudienceCriteria("Gold", "CHAMPIONS", null, true, DAY.plusDays(10),
                DAY.minusDays(10));
        CustomerFacts all = customer("Platinum", "CHAMPIONS", "ADVOCATE", true, DAY);

        assertThat(combined.conditions()).containsExactly(AudienceCondition.TIER_AT_LEAST, AudienceCondition.SEGMENT,
                AudienceCondition.NEWSLETTER, AudienceCondition.LAST_ORDER_BEFORE, AudienceCondition.LAST_ORDER_AFTER);
        assertThat(combined.matches(all, TIERS)).isTrue();
        assertThat(combined.matches(customer("Silver", "CHAMPIONS", "ADVOCATE", true, DAY), TIERS)).isFalse();
        assertThat(combined.matches(customer("Gold", "LOYAL", "ADVOCATE", true, DAY), TIERS)).isFalse();
        assertThat(combined.matches(customer("Gold", "CHAMPIONS", "ADVOCATE", false, DAY), TIERS)).isFalse();
        assertThat(combined.matches(customer("Gold", "CHAMPIONS", "ADVOCATE", true, DAY.plusDays(11)), TIERS))
                .isFalse();
    }

    @Test
    void shouldRefuseAnAudienceWithoutConditionsOrWithAnEmptyDateWindow() {
        assertThat(new AudienceCriteria(" ", "", null, false, null, null).problems())
                .extracting("key").containsExactly("loyalty.campaign.audience.empty");
        assertThat(new AudienceCriteria(null, null, null, false, DAY, DAY).problems())
                .extracting("key").containsExactly("loyalty.campaign.audience.noDateBetween");
        assertThat(new AudienceCriteria(null, null, null, false, DAY.plusDays(2), DAY).problems()).isEmpty();
    }

    @Test
    void shouldIntersectTheConditionsListsAscending() {
        List<Long> tier = Arrays.asList(9L, 3L, 5L, 7L);
        List<Long> newsletter = Arrays.asList(5L, 7L, 3L, 11L);
        List<Long> ordered = Arrays.asList(7L, 3L, 20L);

        assertThat(AudienceIntersection.of(Arrays.asList(tier, newsletter, ordered))).containsExactly(3L, 7L);
        assertThat(AudienceIntersection.of(Collections.singletonList(tier))).containsExactly(3L, 5L, 7L, 9L);
        assertThat(AudienceIntersection.of(Arrays.asList(tier, new HashSet<Long>()))).isEmpty();
        assertThat(AudienceIntersection.of(Collections.<List<Long>>emptyList())).isEmpty();
    }
}
