package com.broadleafloyalty.redemption.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RewardItemRulesTest {

    private final RewardItemRules rules = new RewardItemRules();

    @Test
    void shouldAcceptACompleteRewardItem() {
        assertThat(rules.check("10 EUR voucher", 500L, "FIXED_DISCOUNT", null, new BigDecimal("10"), null)).isEmpty();
        assertThat(rules.check("Mug", 1L, "GIFT", 0, null, 42L)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void shouldRefuseABlankName(String name) {
        assertThat(rules.checkName(name)).contains(RewardItemProblem.NAME_MISSING);
    }

    @Test
    void shouldRefuseAMissingName() {
        assertThat(rules.checkName(null)).contains(RewardItemProblem.NAME_MISSING);
    }

    @Test
    void shouldRefuseANameLongerThanTheColumn() {
        String longest = repeat('x', RewardItemRules.MAX_NAME_LENGTH);

        assertThat(rules.checkName(longest)).isEmpty();
        assertThat(rules.checkName(longest + "x")).contains(RewardItemProblem.NAME_TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, -5, Long.MIN_VALUE})
    void shouldRefuseAPointsCostOfZeroOrLess(long cost) {
        assertThat(rules.checkPointsCost(cost)).contains(RewardItemProblem.POINTS_COST_NOT_POSITIVE);
    }

    @Test
    void shouldRefuseAMissingPointsCost() {
        assertThat(rules.checkPointsCost((Long) null)).contains(RewardItemProblem.POINTS_COST_MISSING);
    }

    @Test
    void shouldAcceptEveryKnownRewardType() {
        for (String code : RewardItemRules.KNOWN_TYPE_CODES) {
            assertThat(rules.checkType(code)).as(code).isEmpty();
        }
        assertThat(RewardItemRules.KNOWN_TYPE_CODES).containsExactly(
                "FIXED_DISCOUNT", "PERCENT_DISCOUNT", "FREE_SHIPPING", "FREE_PRODUCT", "GIFT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CASHBACK", "gift", "GIFT ", "FIXED-DISCOUNT"})
    void shouldRefuseAnUnknownRewardType(String code) {
        assertThat(rules.checkType(code)).contains(RewardItemProblem.TYPE_UNKNOWN);
    }

    @Test
    void shouldRefuseAMissingRewardType() {
        assertThat(rules.checkType(null)).contains(RewardItemProblem.TYPE_MISSING);
        assertThat(rules.checkType("")).contains(RewardItemProblem.TYPE_MISSING);
    }

    @Test
    void shouldTreatNoStockAsUnlimitedAndRefuseNegativeStock() {
        assertThat(rules.checkStock((Integer) null)).isEmpty();
        assertThat(rules.checkStock(0)).isEmpty();
        assertThat(rules.checkStock(-1)).contains(RewardItemProblem.STOCK_NEGATIVE);
    }

    @Test
    void shouldListEveryProblemOfAnItemInFieldOrder() {
        assertThat(rules.check(" ", -5L, "CASHBACK", -1)).containsExactly(
                RewardItemProblem.NAME_MISSING,
                RewardItemProblem.POINTS_COST_NOT_POSITIVE,
                RewardItemProblem.TYPE_UNKNOWN,
                RewardItemProblem.STOCK_NEGATIVE);
    }

    @Test
    void shouldCheckTypedPointsCost() {
        assertThat(rules.checkTyped("pointsCost", "250")).isEmpty();
        assertThat(rules.checkTyped("pointsCost", " 250 ")).isEmpty();
        assertThat(rules.checkTyped("pointsCost", "")).contains(RewardItemProblem.POINTS_COST_MISSING);
        assertThat(rules.checkTyped("pointsCost", "0")).contains(RewardItemProblem.POINTS_COST_NOT_POSITIVE);
        assertThat(rules.checkTyped("pointsCost", "-5")).contains(RewardItemProblem.POINTS_COST_NOT_POSITIVE);
        assertThat(rules.checkTyped("pointsCost", "12.5")).contains(RewardItemProblem.POINTS_COST_NOT_POSITIVE);
        assertThat(rules.checkTyped("pointsCost", "lots")).contains(RewardItemProblem.POINTS_COST_NOT_POSITIVE);
    }

    @Test
    void shouldCheckTypedStock() {
        assertThat(rules.checkTyped("stock", "")).isEmpty();
        assertThat(rules.checkTyped("stock", null)).isEmpty();
        assertThat(rules.checkTyped("stock", "7")).isEmpty();
        assertThat(rules.checkTyped("stock", "-1")).contains(RewardItemProblem.STOCK_NEGATIVE);
        assertThat(rules.checkTyped("stock", "99999999999")).contains(RewardItemProblem.STOCK_ABOVE_LIMIT);
        assertThat(rules.checkTyped("stock", "1000000")).isEmpty();
        assertThat(rules.checkTyped("stock", "\uff15\uff10")).contains(RewardItemProblem.STOCK_NEGATIVE);
    }

    @Test
    void shouldHoldTypedNumbersToTheLimitsAndAsciiDigits() {
        assertThat(rules.checkTyped("pointsCost", "9223372036854775807"))
                .contains(RewardItemProblem.POINTS_COST_ABOVE_LIMIT);
        assertThat(rules.checkTyped("pointsCost", "1000001")).contains(RewardItemProblem.POINTS_COST_ABOVE_LIMIT);
        assertThat(rules.checkTyped("pointsCost", "1000000")).isEmpty();
        assertThat(rules.checkTyped("pointsCost", "\u0665\u0660")).contains(RewardItemProblem.POINTS_COST_NOT_POSITIVE);
        assertThat(rules.checkTypedForType("rewardValue", "NaN", "FIXED_DISCOUNT"))
                .contains(RewardItemProblem.VALUE_NOT_A_NUMBER);
        assertThat(rules.checkTypedForType("rewardValue", "1e3", "FIXED_DISCOUNT"))
                .contains(RewardItemProblem.VALUE_NOT_A_NUMBER);
        assertThat(rules.checkTypedForType("rewardValue", "9223372036854775808", "FIXED_DISCOUNT"))
                .contains(RewardItemProblem.VALUE_ABOVE_LIMIT);
        assertThat(rules.checkTypedForType("rewardValue", "9223372036854775808", "PERCENT_DISCOUNT"))
                .contains(RewardItemProblem.PERCENT_ABOVE_100);
        assertThat(rules.checkTypedForType("rewardValue", "9223372036854775808", "FREE_SHIPPING"))
                .contains(RewardItemProblem.VALUE_NOT_A_NUMBER);
        assertThat(rules.checkTypedForType("rewardValue", "0", "FREE_SHIPPING")).isEmpty();
        assertThat(rules.checkTypedForType("rewardValue", "10000.00", "FIXED_DISCOUNT")).isEmpty();
        assertThat(rules.checkTyped("description", repeat('x', 2001))).contains(RewardItemProblem.DESCRIPTION_TOO_LONG);
        assertThat(rules.checkTyped("description", repeat('x', 2000))).isEmpty();
        assertThat(rules.limitOf(RewardItemProblem.POINTS_COST_ABOVE_LIMIT)).containsExactly(1_000_000L);
    }

    @Test
    void shouldTakeTheMerchantsLimits() {
        com.broadleafloyalty.ledger.core.InputLimits limits = com.broadleafloyalty.ledger.core.InputLimits.defaults();
        limits.setRewardPointsCost(500);
        RewardItemRules strict = new RewardItemRules(limits);

        assertThat(strict.checkTyped("pointsCost", "501")).contains(RewardItemProblem.POINTS_COST_ABOVE_LIMIT);
        assertThat(strict.checkPointsCost(501L)).contains(RewardItemProblem.POINTS_COST_ABOVE_LIMIT);
        assertThat(strict.limitOf(RewardItemProblem.POINTS_COST_ABOVE_LIMIT)).containsExactly(500L);
    }

    @Test
    void shouldCheckTypedNameAndTypeAndIgnoreOtherFields() {
        assertThat(rules.checkTyped("name", "")).contains(RewardItemProblem.NAME_MISSING);
        assertThat(rules.checkTyped("rewardType", "CASHBACK")).contains(RewardItemProblem.TYPE_UNKNOWN);
        assertThat(rules.checkTyped("description", "")).isEmpty();
    }

    @Test
    void shouldGiveEveryProblemAFieldAKeyAndAnEnglishMessage() {
        for (RewardItemProblem problem : RewardItemProblem.values()) {
            assertThat(problem.getField()).as(problem.name()).isIn("name", "description", "pointsCost", "rewardType", "stock", "rewardValue", "product");
            assertThat(problem.getMessageKey()).as(problem.name()).startsWith("loyalty.reward.");
            assertThat(problem.getMessage()).as(problem.name()).endsWith(".");
        }
        Optional<RewardItemProblem> unknownType = rules.checkType("CASHBACK");
        assertThat(unknownType.get().getMessage()).contains("fixed discount", "gift");
    }

    private static String repeat(char c, int times) {
        StringBuilder text = new StringBuilder(times);
        for (int i = 0; i < times; i++) {
            text.append(c);
        }
        return text.toString();
    }

    @Test
    void discountTypesNeedAValueAboveZeroAndPercentsAtMost100() {
        assertThat(rules.checkValue("FIXED_DISCOUNT", null)).contains(RewardItemProblem.VALUE_MISSING);
        assertThat(rules.checkValue("FIXED_DISCOUNT", BigDecimal.ZERO)).contains(RewardItemProblem.VALUE_NOT_POSITIVE);
        assertThat(rules.checkValue("FIXED_DISCOUNT", new BigDecimal("250"))).isEmpty();
        assertThat(rules.checkValue("PERCENT_DISCOUNT", new BigDecimal("100"))).isEmpty();
        assertThat(rules.checkValue("PERCENT_DISCOUNT", new BigDecimal("100.01")))
                .contains(RewardItemProblem.PERCENT_ABOVE_100);
        assertThat(rules.checkValue("FREE_SHIPPING", null)).isEmpty();
        assertThat(rules.checkTypedForType("rewardValue", "ten", "FIXED_DISCOUNT"))
                .contains(RewardItemProblem.VALUE_NOT_A_NUMBER);
        assertThat(rules.checkTypedForType("rewardValue", "", "PERCENT_DISCOUNT"))
                .contains(RewardItemProblem.VALUE_MISSING);
        assertThat(rules.checkTypedForType("rewardValue", "12.5", "PERCENT_DISCOUNT")).isEmpty();
        assertThat(rules.checkTypedForType("rewardValue", "", "GIFT")).isEmpty();
    }

    @Test
    void productTypesNeedTheirProduct() {
        assertThat(rules.checkProduct("FREE_PRODUCT", null)).contains(RewardItemProblem.PRODUCT_MISSING);
        assertThat(rules.checkProduct("GIFT", 7L)).isEmpty();
        assertThat(rules.checkProduct("FIXED_DISCOUNT", null)).isEmpty();
        assertThat(rules.checkTypedForType("product", "", "GIFT")).contains(RewardItemProblem.PRODUCT_MISSING);
        assertThat(rules.checkTypedForType("product", "12", "GIFT")).isEmpty();
        assertThat(rules.check("Mug", 300L, "GIFT", null, null, null)).containsExactly(RewardItemProblem.PRODUCT_MISSING);
    }
}
