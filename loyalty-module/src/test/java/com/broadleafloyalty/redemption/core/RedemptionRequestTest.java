package com.broadleafloyalty.redemption.core;

import com.broadleafloyalty.ledger.core.RedemptionRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedemptionRequestTest {

    private final RedemptionRate rate = new RedemptionRate(100, new BigDecimal("10.00"));

    @Test
    void shouldValuePointsRoundedDownToTheCent() {
        assertThat(rate.valueOf(100)).isEqualByComparingTo("10.00");
        assertThat(rate.valueOf(155)).isEqualByComparingTo("15.50");
        assertThat(rate.valueOf(1)).isEqualByComparingTo("0.10");
        assertThat(new RedemptionRate(3, BigDecimal.ONE).valueOf(1)).isEqualByComparingTo("0.33");
        assertThat(rate.maxPointsFor(new BigDecimal("25.55"))).isEqualTo(255);
    }

    @Test
    void shouldAcceptAWholeNumberWithinBalanceAndOrderValue() {
        assertThat(RedemptionRequest.validate(" 250 ", 300, new BigDecimal("40.00"), rate)).isEqualTo(250);
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(value = {
        "'';Enter how many points",
        "abc;not a whole number",
        "12.5;not a whole number",
        "0;greater than zero",
        "-20;greater than zero",
        "301;You have 300 points available",
        "99999999999999999999;You have 300 points available",
        "٥٠;not a whole number",
        "５０;not a whole number",
        "1e2;not a whole number",
        "NaN;not a whole number",
        "+-5;not a whole number",
        "260;At most 255 points"
    }, delimiter = ';')
    void shouldRefuseBadInputWithAClearSentence(String input, String message) {
        assertThatThrownBy(() -> RedemptionRequest.validate(input, 300, new BigDecimal("25.55"), rate))
                .isInstanceOf(RedemptionRefusedException.class)
                .hasMessageContaining(message);
    }
}
