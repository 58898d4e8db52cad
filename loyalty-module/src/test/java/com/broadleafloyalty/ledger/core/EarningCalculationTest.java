package com.broadleafloyalty.ledger.core;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EarningCalculationTest {

    private static final Instant PLACED = Instant.parse("2026-03-10T10:00:00Z");
    private static final EarningRate RATE = EarningRate.tenPerHundred();

    private static OrderLine line(long id, long product, long category, int quantity, String amount) {
        return new OrderLine(id, product, new HashSet<Long>(Arrays.asList(category)), quantity,
                new BigDecimal(amount), true);
    }

    private static PointsAward award(List<OrderLine> lines, String discount, EarningRule... rules) {
        return EarningCalculation.calculate(lines, new BigDecimal(discount), PLACED, RATE, Arrays.asList(rules));
    }

    @Test
    void shouldEarnOnMerchandiseAfterTheOrderDiscountRoundedOnce() {
        PointsAward award = award(Arrays.asList(line(1, 10, 100, 1, "59.99"), line(2, 11, 100, 1, "59.99")), "20.00");

        assertThat(award.getQualifyingAmount()).isEqualByComparingTo("99.98");
        assertThat(award.getPoints()).isEqualTo(9);
    }

    @Test
    void shouldNotEarnOnLinesMarkedAsNotEarning() {
        OrderLine giftCard = new OrderLine(3, 12L, Collections.<Long>emptySet(), 1, new BigDecimal("100.00"), false);

        PointsAward award = award(Arrays.asList(line(1, 10, 100, 1, "50.00"), giftCard), "0");

        assertThat(award.getPoints()).isEqualTo(5);
    }

    @Test
    void shouldApplyCategoryProductAndPromotionMultipliers() {
        List<OrderLine> lines = Arrays.asList(line(1, 10, 100, 1, "100.00"), line(2, 20, 200, 1, "100.00"));
        PromotionalMultiplier doubleWeek = new PromotionalMultiplier(new BigDecimal("2"),
                Instant.parse("2026-03-09T00:00:00Z"), Instant.parse("2026-03-16T00:00:00Z"), 30);

        PointsAward award = award(lines, "0", new CategoryMultiplier(100, new BigDecimal("3"), 10),
                new ProductMultiplier(20, new BigDecimal("1.5"), 20), doubleWeek);

        assertThat(award.getPoints()).isEqualTo(60 + 30);
        assertThat(award.getRuleDescription()).contains("category 100 x3", "product 20 x1.5", "promotion x2");
    }

    @Test
    void shouldIgnoreAPromotionOutsideItsDates() {
        PromotionalMultiplier later = new PromotionalMultiplier(new BigDecimal("5"),
                Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-05-01T00:00:00Z"), 10);

        assertThat(award(Arrays.asList(line(1, 10, 100, 1, "100.00")), "0", later).getPoints()).isEqualTo(10);
    }

    @Test
    void shouldEarnNothingBelowTheMinimumOrderValue() {
        MinimumOrderValue minimum = new MinimumOrderValue(new BigDecimal("50.00"), 5);

        assertThat(award(Arrays.asList(line(1, 10, 100, 1, "49.99")), "0", minimum).getPoints()).isZero();
        assertThat(award(Arrays.asList(line(1, 10, 100, 1, "50.00")), "0", minimum).getPoints()).isEqualTo(5);
    }

    @Test
    void shouldClawBackProportionallyWithTheOriginalSnapshot() {
        PointsAward award = award(Arrays.asList(line(1, 10, 100, 3, "90.00"), line(2, 20, 200, 2, "45.00")), "0",
                new CategoryMultiplier(100, new BigDecimal("2"), 10));
        AwardSnapshot snapshot = AwardSnapshot.decode(award.getSnapshot().encode());
        Map<Long, Integer> returned = new HashMap<Long, Integer>();

        assertThat(award.getPoints()).isEqualTo(22);
        returned.put(1L, 1);
        assertThat(snapshot.pointsKeptAfter(returned)).isEqualTo(16);
        returned.put(2L, 2);
        assertThat(snapshot.pointsKeptAfter(returned)).isEqualTo(12);
        returned.put(1L, 3);
        assertThat(snapshot.pointsKeptAfter(returned)).isZero();
    }
}
