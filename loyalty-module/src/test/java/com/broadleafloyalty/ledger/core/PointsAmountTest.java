package com.broadleafloyalty.ledger.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PointsAmountTest {

    private final PointsAmount adjustment = PointsAmount.adjustment(1_000_000);
    private final DecimalAmount money = new DecimalAmount(2, new BigDecimal("10000.00"));

    @Test
    void shouldReadAsciiDigitsWithTheAllowedSign() {
        assertThat(adjustment.parse(" +50 ")).isEqualTo(50);
        assertThat(adjustment.parse("-20")).isEqualTo(-20);
        assertThat(adjustment.parse("1000000")).isEqualTo(1_000_000);
        assertThat(adjustment.parse("-1000000")).isEqualTo(-1_000_000);
        assertThat(PointsAmount.positive(10).parse("007")).isEqualTo(7);
        assertThat(PointsAmount.zeroOrMore(10).parse("0")).isZero();
    }

    @ParameterizedTest(name = "''{0}'' is refused as {1}")
    @CsvSource(delimiter = ';', value = {
        "'';MISSING",
        "'   ';MISSING",
        "abc;NOT_A_WHOLE_NUMBER",
        "NaN;NOT_A_WHOLE_NUMBER",
        "1e3;NOT_A_WHOLE_NUMBER",
        "12.5;NOT_A_WHOLE_NUMBER",
        "1,000;NOT_A_WHOLE_NUMBER",
        "1 000;NOT_A_WHOLE_NUMBER",
        "0x10;NOT_A_WHOLE_NUMBER",
        "++5;NOT_A_WHOLE_NUMBER",
        "٥٠;NOT_A_WHOLE_NUMBER",
        "５０;NOT_A_WHOLE_NUMBER",
        "۵۰;NOT_A_WHOLE_NUMBER",
        "0;ZERO",
        "-0;ZERO",
        "1000001;ABOVE_LIMIT",
        "-1000001;ABOVE_LIMIT",
        "2147483648;ABOVE_LIMIT",
        "9223372036854775807;ABOVE_LIMIT",
        "9223372036854775808;ABOVE_LIMIT",
        "-9223372036854775808;ABOVE_LIMIT",
        "99999999999999999999999999999;ABOVE_LIMIT"})
    void shouldRefuseAnythingButAsciiDigitsWithinTheLimit(String typed, AmountProblem problem) {
        assertThatThrownBy(() -> adjustment.parse(typed)).isInstanceOf(AmountRefusedException.class)
                .extracting(e -> ((AmountRefusedException) e).getProblem()).isEqualTo(problem);
    }

    @Test
    void shouldRefuseASignWhereTheFieldHasNone() {
        assertThatThrownBy(() -> PointsAmount.positive(10).parse("-5"))
                .extracting(e -> ((AmountRefusedException) e).getProblem()).isEqualTo(AmountProblem.NEGATIVE);
        assertThatThrownBy(() -> PointsAmount.zeroOrMore(10).parse("11"))
                .extracting(e -> ((AmountRefusedException) e).getArguments()[0]).isEqualTo(10L);
    }

    @Test
    void shouldReadMoneyWithAPointAndAtMostTheAllowedDecimals() {
        assertThat(money.parse("12.50")).isEqualByComparingTo("12.5");
        assertThat(money.parse(" 7 ")).isEqualByComparingTo("7");
        assertThat(money.parse("10000.00")).isEqualByComparingTo("10000");
    }

    @ParameterizedTest(name = "''{0}'' is refused as {1}")
    @CsvSource(delimiter = ';', value = {
        "'';MISSING",
        "NaN;NOT_A_DECIMAL",
        "Infinity;NOT_A_DECIMAL",
        "1e3;NOT_A_DECIMAL",
        "12,50;NOT_A_DECIMAL",
        "12.505;NOT_A_DECIMAL",
        ".5;NOT_A_DECIMAL",
        "٥٠;NOT_A_DECIMAL",
        "-5;NEGATIVE",
        "0.00;ZERO",
        "10000.01;ABOVE_LIMIT",
        "9223372036854775808;ABOVE_LIMIT"})
    void shouldRefuseMoneyThatIsNotPlainDigits(String typed, AmountProblem problem) {
        assertThatThrownBy(() -> money.parse(typed)).isInstanceOf(AmountRefusedException.class)
                .extracting(e -> ((AmountRefusedException) e).getProblem()).isEqualTo(problem);
    }
}
