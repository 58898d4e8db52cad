package com.broadleafloyalty.redemption.core;

import com.broadleafloyalty.ledger.core.RedemptionRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ShrinkToFitPolicyTest {

    private final RedemptionRate rate = new RedemptionRate(100, new BigDecimal("10.00"));
    private final ShrinkToFitPolicy policy = new ShrinkToFitPolicy(rate);

    @Test
    void shouldKeepAReservationTheCartCanStillTake() {
        PointsDiscount reserved = PointsDiscount.of(300, rate);

        assertThat(policy.fit(reserved, new BigDecimal("45.00"))).isSameAs(reserved);
        assertThat(policy.fit(reserved, new BigDecimal("30.00"))).isSameAs(reserved);
    }

    @Test
    void shouldShrinkToTheMostPointsTheMerchandiseLeftCanTake() {
        PointsDiscount fitted = policy.fit(PointsDiscount.of(300, rate), new BigDecimal("25.55"));

        assertThat(fitted.getPoints()).isEqualTo(255);
        assertThat(fitted.getAmount()).isEqualByComparingTo("25.50");
    }

    @Test
    void shouldShrinkToNothingWhenNothingIsLeftToPay() {
        assertThat(policy.fit(PointsDiscount.of(300, rate), BigDecimal.ZERO))
                .isEqualTo(new PointsDiscount(0, new BigDecimal("0.00")));
        assertThat(policy.fit(PointsDiscount.of(300, rate), new BigDecimal("-4.00")).getPoints()).isZero();
        assertThat(policy.fit(PointsDiscount.of(300, rate), null).getPoints()).isZero();
    }

    @Test
    void shouldNeverHoldMorePointsThanTheShopperAppliedWhenTheRateChangedSince() {
        // 100 points applied at 10.00; the rate is now 100 points = 5.00, and 8.00 of merchandise is left.
        PointsDiscount applied = new PointsDiscount(100, new BigDecimal("10.00"));
        ShrinkToFitPolicy cheaperPoints = new ShrinkToFitPolicy(new RedemptionRate(100, new BigDecimal("5.00")));

        PointsDiscount fitted = cheaperPoints.fit(applied, new BigDecimal("8.00"));

        assertThat(fitted.getPoints()).isEqualTo(100);
        assertThat(fitted.getAmount()).isEqualByComparingTo("5.00");
    }
}
