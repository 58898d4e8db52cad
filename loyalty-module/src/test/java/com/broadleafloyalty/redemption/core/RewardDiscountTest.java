package com.broadleafloyalty.redemption.core;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class RewardDiscountTest {

    @Test
    void fixedDiscountTakesItsAmountButNeverMoreThanTheMerchandise() {
        assertThat(RewardDiscount.of("FIXED_DISCOUNT", new BigDecimal("10"), new BigDecimal("45.00")))
                .isEqualByComparingTo("10.00");
        assertThat(RewardDiscount.of("FIXED_DISCOUNT", new BigDecimal("10"), new BigDecimal("7.25")))
                .isEqualByComparingTo("7.25");
    }

    @Test
    void percentDiscountRoundsHalfEvenToCents() {
        // 15% of 33.30 = 4.995: half-even rounds to the even neighbour, 5.00 (not 4.99)
        assertThat(RewardDiscount.of("PERCENT_DISCOUNT", new BigDecimal("15"), new BigDecimal("33.30")))
                .isEqualByComparingTo("5.00");
        // 12.5% of 10.10 = 1.2625 -> 1.26
        assertThat(RewardDiscount.of("PERCENT_DISCOUNT", new BigDecimal("12.5"), new BigDecimal("10.10")))
                .isEqualByComparingTo("1.26");
        assertThat(RewardDiscount.of("PERCENT_DISCOUNT", new BigDecimal("100"), new BigDecimal("19.99")))
                .isEqualByComparingTo("19.99");
    }

    @Test
    void otherTypesAndEmptyCartsTakeNothing() {
        assertThat(RewardDiscount.of("FREE_SHIPPING", new BigDecimal("10"), new BigDecimal("50"))).isZero();
        assertThat(RewardDiscount.of("GIFT", null, new BigDecimal("50"))).isZero();
        assertThat(RewardDiscount.of("FIXED_DISCOUNT", new BigDecimal("10"), BigDecimal.ZERO)).isZero();
    }
}
