package com.broadleafloyalty.tier.core;

import com.broadleafloyalty.ledger.core.EarningCalculation;
import com.broadleafloyalty.ledger.core.EarningRate;
import com.broadleafloyalty.ledger.core.OrderLine;
import com.broadleafloyalty.ledger.core.PointsAward;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TierMultiplierTest {

    private static OrderLine line(long id, String amount) {
        return new OrderLine(id, id, Collections.<Long>emptySet(), 1, new BigDecimal(amount), true);
    }

    @Test
    void shouldMultiplyEveryLineAndDescribeItself() {
        PointsAward award = EarningCalculation.calculate(Arrays.asList(line(1, "100.00"), line(2, "100.00")),
                BigDecimal.ZERO, Instant.parse("2026-01-01T00:00:00Z"), EarningRate.tenPerHundred(),
                Arrays.asList(TierMultiplier.of(TierFixture.GOLD)));

        assertThat(award.getPoints()).isEqualTo(30);
        assertThat(award.getRuleDescription()).endsWith("; tier Gold x1.5");
    }

    @Test
    void shouldRefuseAnAwardBeyondTheRangeOfPointsInsteadOfWrappingAround() {
        // A multiplier stored by an older version, before the maximum: the award refuses, it never wraps to negative.
        TierMultiplier huge = new TierMultiplier("Legacy", new BigDecimal("1000000000"), 1);

        assertThatThrownBy(() -> EarningCalculation.calculate(Arrays.asList(line(1, "100000000000.00")),
                BigDecimal.ZERO, Instant.parse("2026-01-01T00:00:00Z"), EarningRate.tenPerHundred(),
                Arrays.asList(huge)))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("beyond the largest number of points");
        PointsAward atTheMaximum = EarningCalculation.calculate(Arrays.asList(line(1, "100000000000.00")),
                BigDecimal.ZERO, Instant.parse("2026-01-01T00:00:00Z"), EarningRate.tenPerHundred(),
                Arrays.asList(new TierMultiplier("Top", TierSetup.MAX_MULTIPLIER, 1)));
        assertThat(atTheMaximum.getPoints()).isEqualTo(100_000_000_000L);
    }

    @Test
    void shouldRefuseANegativeMultiplier() {
        assertThatThrownBy(() -> new TierMultiplier("Gold", new BigDecimal("-0.5"), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
