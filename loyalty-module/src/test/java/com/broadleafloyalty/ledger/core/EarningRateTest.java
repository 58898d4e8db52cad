package com.broadleafloyalty.ledger.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EarningRateTest {

    @ParameterizedTest(name = "{0} at {1} per {2} earns {3}")
    @CsvSource({
        "100.00, 10, 100, 10",
        "99.99, 10, 100, 9",
        "0.01, 10, 100, 0",
        "9.99, 10, 100, 0",
        "10.00, 10, 100, 1",
        "109.99, 10, 100, 10",
        "1234567.89, 10, 100, 123456",
        "19.99, 1, 1, 19",
        "7.50, 3, 2.5, 9",
        "100, 0, 100, 0"
    })
    void shouldEarnProportionallyRoundedDown(String amount, long points, String per, long expected) {
        assertThat(new EarningRate(points, new BigDecimal(per)).pointsFor(new BigDecimal(amount))).isEqualTo(expected);
    }

    @Test
    void shouldEarnNothingForZeroNegativeOrMissingAmounts() {
        EarningRate rate = EarningRate.tenPerHundred();
        assertThat(rate.pointsFor(BigDecimal.ZERO)).isZero();
        assertThat(rate.pointsFor(new BigDecimal("-50"))).isZero();
        assertThat(rate.pointsFor(null)).isZero();
    }

    @Test
    void shouldRefuseNonsenseRates() {
        assertThatThrownBy(() -> new EarningRate(-1, BigDecimal.TEN)).hasMessageContaining("zero or more");
        assertThatThrownBy(() -> new EarningRate(10, BigDecimal.ZERO)).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> new EarningRate(10, null)).hasMessageContaining("more than zero");
    }

    @Test
    void shouldDescribeItselfForTheLedgerSnapshot() {
        assertThat(new EarningRate(10, new BigDecimal("100.00")).describe()).isEqualTo("10 points per 100");
    }
}
