package com.broadleafloyalty.account.core;

import com.broadleafloyalty.test.Messages;
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
        assertThat(Messages.english(Messages.refusal(() -> BirthDates.parse(text, TODAY),
                BirthDateRefusedException.class).getText())).contains("YYYY-MM-DD");
    }

    @Test
    void shouldRefuseTheFutureAndImplausibleYears() {
        assertThat(Messages.englishRefusal(() -> BirthDates.parse("2026-11-23", TODAY)))
                .isEqualTo("A birth date cannot be in the future.");
        assertThat(Messages.englishRefusal(() -> BirthDates.parse("1899-12-31", TODAY))).contains("year");
        assertThat(Messages.refusalIn(Messages.SPANISH, () -> BirthDates.parse("2026-11-23", TODAY)))
                .isEqualTo("La fecha de nacimiento no puede ser futura.");
    }
}
