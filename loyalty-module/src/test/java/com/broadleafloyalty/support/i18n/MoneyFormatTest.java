package com.broadleafloyalty.support.i18n;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Money as each country writes it, with the currency's symbol and the locale's own separators. */
class MoneyFormatTest {

    /** CLDR's space for Polish thousands and before a currency symbol: a no-break space. */
    private static final char NBSP = '\u00a0';

    @Test
    void shouldWriteZlotyTheWayPolesDo() {
        assertThat(MoneyFormat.format(new BigDecimal("1234.50"), "PLN", new Locale("pl", "PL")))
                .isEqualTo("1" + NBSP + "234,50" + NBSP + "zł");
    }

    @Test
    void shouldWriteLeiWithTheirEverydaySymbol() {
        assertThat(MoneyFormat.format(new BigDecimal("12.50"), "RON", new Locale("ro", "RO")))
                .isEqualTo("12,50" + NBSP + "lei");
        assertThat(MoneyFormat.format(new BigDecimal("1234.5"), "RON", new Locale("ro", "RO")))
                .isEqualTo("1.234,50" + NBSP + "lei");
    }

    @Test
    void shouldWriteEurosInSpain() {
        assertThat(MoneyFormat.format(new BigDecimal("12.50"), "EUR", new Locale("es", "ES")))
                .isEqualTo("12,50" + NBSP + "€");
        assertThat(MoneyFormat.format(new BigDecimal("1234.50"), "EUR", new Locale("es", "ES")))
                .isEqualTo("1.234,50" + NBSP + "€");
    }

    @Test
    void shouldWriteDollarsInTheUnitedStates() {
        assertThat(MoneyFormat.format(new BigDecimal("12.5"), "USD", Locale.US)).isEqualTo("$12.50");
        assertThat(MoneyFormat.format(new BigDecimal("-1234.5"), "USD", Locale.US)).isEqualTo("-$1,234.50");
    }

    @Test
    void shouldNameAForeignCurrencyUnambiguously() {
        assertThat(MoneyFormat.format(new BigDecimal("12.50"), "USD", new Locale("ro", "RO")))
                .isEqualTo("12,50" + NBSP + "USD");
        assertThat(MoneyFormat.format(new BigDecimal("12.50"), "RON", Locale.US)).isEqualTo("RON" + NBSP + "12.50");
    }

    @Test
    void shouldTakeTheCountryOfALanguageWithoutOne() {
        assertThat(MoneyFormat.format(new BigDecimal("12.50"), "RON", new Locale("ro")))
                .isEqualTo("12,50" + NBSP + "lei");
    }
}
