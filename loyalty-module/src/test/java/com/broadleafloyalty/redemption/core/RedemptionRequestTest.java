package com.broadleafloyalty.redemption.core;

import com.broadleafloyalty.ledger.core.RedemptionRate;
import com.broadleafloyalty.test.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(Messages.english(Messages.refusal(
                () -> RedemptionRequest.validate(input, 300, new BigDecimal("25.55"), rate),
                RedemptionRefusedException.class).getText())).contains(message);
    }

    @Test
    void shouldSayInEachLanguageHowManyPointsAreAvailable() {
        assertThat(Messages.refusalIn(Messages.POLISH,
                () -> RedemptionRequest.validate("301", 300, new BigDecimal("25.55"), rate)))
                .isEqualTo("Masz do wykorzystania 300 punktów, a chcesz wykorzystać 301.");
        assertThat(Messages.refusalIn(Messages.ROMANIAN,
                () -> RedemptionRequest.validate("301", 300, new BigDecimal("25.55"), rate)))
                .isEqualTo("Ai 300 de puncte disponibile, dar ai cerut 301.");
        assertThat(Messages.refusalIn(Messages.SPANISH,
                () -> RedemptionRequest.validate("260", 300, new BigDecimal("25.55"), rate)))
                .isEqualTo("En este pedido puedes usar como máximo 255 puntos (por un valor de 25,50).");
    }
}
