package com.broadleafloyalty.analytics.core;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeAndRatiosTest {

    @Test
    void shouldGiveTheDifferenceAndTheRelativeChange() {
        Change change = Change.of(150, 120);

        assertThat(change.getDifference()).isEqualByComparingTo("30");
        assertThat(change.getRelative()).isEqualByComparingTo("0.25");
        assertThat(Change.of(new BigDecimal("-10"), new BigDecimal("-20")).getRelative()).isEqualByComparingTo("0.5");
    }

    @Test
    void shouldHaveNoRelativeChangeFromNothingOrFromAMissingFigure() {
        assertThat(Change.of(5, 0).getRelative()).isNull();
        assertThat(Change.of(5, 0).getDifference()).isEqualByComparingTo("5");
        assertThat(Change.of(null, new BigDecimal("0.5")).getRelative()).isNull();
        assertThat(Change.of(new BigDecimal("0.5"), null).getDifference()).isNull();
    }

    @Test
    void shouldNeverDivideByZero() {
        assertThat(Ratios.rate(3, 0)).isNull();
        assertThat(Ratios.rate(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
        assertThat(Ratios.mean(BigDecimal.TEN, 0)).isNull();
        assertThat(Ratios.perCustomer(4, 0)).isNull();
        assertThat(Ratios.rate(0, 7)).isEqualByComparingTo("0");
        assertThat(Ratios.rate(1, 3)).isEqualByComparingTo("0.3333");
        assertThat(Ratios.mean(new BigDecimal("10"), 3)).isEqualByComparingTo("3.33");
    }

    @Test
    void shouldRefuseAPeriodThatDoesNotEndAfterItStarts() {
        Instant now = Instant.parse("2024-03-01T00:00:00Z");

        assertThatThrownBy(() -> Period.of(now, now)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.of(now, now.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Period.lastDays(30, java.time.LocalDate.parse("2024-03-30")).firstDay())
                .isEqualTo(java.time.LocalDate.parse("2024-03-01"));
    }
}
