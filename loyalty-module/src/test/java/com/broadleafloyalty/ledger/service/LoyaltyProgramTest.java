package com.broadleafloyalty.ledger.service;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoyaltyProgramTest {

    @Test
    void shouldConvertKnownCurrenciesAndRefuseToGuessUnknownOnes() {
        LoyaltyProgram program = new LoyaltyProgram();
        program.setBaseCurrency("eur");
        program.setConversionRates("GBP:1.17, usd:0.92");

        assertThat(program.conversionRate("EUR")).isEqualByComparingTo("1");
        assertThat(program.conversionRate("GBP")).isEqualByComparingTo("1.17");
        assertThat(program.conversionRate("USD")).isEqualByComparingTo("0.92");
        assertThat(program.conversionRate("JPY")).isNull();
    }

    @Test
    void shouldRefuseMalformedRatesAndNegativePendingDays() {
        LoyaltyProgram program = new LoyaltyProgram();
        assertThatThrownBy(() -> program.setConversionRates("GBP=1.17")).hasMessageContaining("CODE:rate");
        assertThatThrownBy(() -> program.setConversionRates("GBP:0")).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> program.setPendingDays(-1)).hasMessageContaining("0 or more");
    }

    @Test
    void shouldDatePendingAndExpiryFromTheSettings() {
        LoyaltyProgram program = new LoyaltyProgram();
        Date now = new Date(1_700_000_000_000L);
        Date available = program.availableFrom(now);

        assertThat(available.getTime() - now.getTime()).isBetween(14 * 86_400_000L - 3_600_000L, 14 * 86_400_000L + 3_600_000L);
        assertThat(program.expiresAt(available)).isAfter(available);
        program.setExpiryMonths(0);
        assertThat(program.expiresAt(available)).isNull();
        assertThat(new BigDecimal("10.00")).isEqualByComparingTo(program.getRedemptionRate().valueOf(100));
    }
}
