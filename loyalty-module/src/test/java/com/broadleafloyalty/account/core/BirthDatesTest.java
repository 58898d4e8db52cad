package com.broadleafloyalty.account.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BirthDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void shouldReadAnIsoDate() {
        assertThat(BirthDates.parse(" 2000-02-29 ", TODAY)).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "22/11/1990", "1990-02-30", "2001-02-29", "yesterday"})
    void shouldRefuseWhatIsNotADate(String text) {
        assertThatThrownBy(() -> BirthDates.parse(text, TODAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void shouldRefuseTheFutureAndImplausibleYears() {
        assertThatThrownBy(() -> BirthDates.parse("2026-11-23", TODAY)).hasMessage("A birth date cannot be in the future.");
        assertThatThrownBy(() -> BirthDates.parse("1899-12-31", TODAY)).hasMessageContaining("year");
    }
}
