package com.broadleafloyalty.account.core;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AnnualBonusTest {

    private static final LocalDate BIRTH = LocalDate.of(1990, 6, 15);

    @Test
    void shouldBeDueFromTheDayToTheEndOfTheMonth() {
        assertThat(AnnualBonus.isDue(BIRTH, 0, null, LocalDate.of(2026, 6, 14))).isFalse();
        assertThat(AnnualBonus.isDue(BIRTH, 0, null, LocalDate.of(2026, 6, 15))).isTrue();
        assertThat(AnnualBonus.isDue(BIRTH, 0, null, LocalDate.of(2026, 6, 30))).isTrue();
        assertThat(AnnualBonus.isDue(BIRTH, 0, null, LocalDate.of(2026, 7, 1))).isFalse();
        assertThat(AnnualBonus.isDue(BIRTH, 0, null, LocalDate.of(2026, 5, 20))).isFalse();
    }

    @Test
    void shouldBeDueOncePerCalendarYear() {
        assertThat(AnnualBonus.isDue(BIRTH, 0, 2026, LocalDate.of(2026, 6, 20))).isFalse();
        assertThat(AnnualBonus.isDue(BIRTH, 0, 2025, LocalDate.of(2026, 6, 20))).isTrue();
    }

    @Test
    void shouldCountTheTwentyNinthOfFebruaryAsTheTwentyEighthInCommonYears() {
        LocalDate leapling = LocalDate.of(2000, 2, 29);

        assertThat(AnnualBonus.isDue(leapling, 0, null, LocalDate.of(2027, 2, 27))).isFalse();
        assertThat(AnnualBonus.isDue(leapling, 0, null, LocalDate.of(2027, 2, 28))).isTrue();
        assertThat(AnnualBonus.isDue(leapling, 0, null, LocalDate.of(2028, 2, 28))).isFalse();
        assertThat(AnnualBonus.isDue(leapling, 0, null, LocalDate.of(2028, 2, 29))).isTrue();
        assertThat(AnnualBonus.occurrence(leapling, 2027)).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void shouldWaitForTheFirstYearAfterRegistrationForAnAnniversary() {
        LocalDate registered = LocalDate.of(2026, 3, 2);

        assertThat(AnnualBonus.isDue(registered, 2027, null, LocalDate.of(2026, 3, 20))).isFalse();
        assertThat(AnnualBonus.isDue(registered, 2027, null, LocalDate.of(2027, 3, 2))).isTrue();
    }

    @Test
    void shouldNeverBeDueWithoutADate() {
        assertThat(AnnualBonus.isDue(null, 0, null, LocalDate.of(2026, 6, 15))).isFalse();
    }
}
