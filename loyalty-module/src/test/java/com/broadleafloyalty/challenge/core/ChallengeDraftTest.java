package com.broadleafloyalty.challenge.core;

import com.broadleafloyalty.support.core.LoyaltyText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChallengeDraftTest {

    @Test
    void shouldTurnAValidDraftIntoADefinition() {
        ChallengeDraft draft = draft("Outdoor fan", "CATEGORY_SPEND", "200.00", "CALENDAR_QUARTER");
        draft.categoryId = "7";
        draft.bonusPoints = "150";

        ChallengeDefinition definition = draft.toDefinition(null);

        assertThat(draft.problems()).isEmpty();
        assertThat(definition.getGoal()).isEqualByComparingTo("200.00");
        assertThat(definition.getCategoryId()).isEqualTo(7L);
        assertThat(definition.getBonusPoints()).isEqualTo(150L);
        assertThat(definition.getBadge()).isEqualTo(Badge.CATEGORY_FAN);
        assertThat(definition.getWindow().getType()).isEqualTo(WindowType.CALENDAR_QUARTER);
    }

    @Test
    void shouldReadAFixedWindowAndAChosenBadge() {
        ChallengeDraft draft = draft("Spring", "ORDERS", "3", "FIXED_DATES");
        draft.firstDay = "2026-03-01";
        draft.lastDay = " 2026-05-31 ";
        draft.badge = "CHAMPION";

        ChallengeDefinition definition = draft.toDefinition(5L);

        assertThat(definition.getWindow().getFirstDay()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(definition.getWindow().getLastDay()).isEqualTo(LocalDate.parse("2026-05-31"));
        assertThat(definition.getBadge()).isEqualTo(Badge.CHAMPION);
        assertThat(definition.getId()).isEqualTo(5L);
    }

    @Test
    void shouldListEveryProblemOfABadDraft() {
        ChallengeDraft draft = draft("  ", "ORDERS", "2.5", "ROLLING_DAYS");
        draft.days = "0";
        draft.bonusPoints = "-5";
        draft.badge = "WIZARD";
        draft.firstDay = "2026-02-30";

        assertThat(draft.problems()).extracting(LoyaltyText::getKey).containsExactly(
                "loyalty.challenge.refused.nameMissing", "loyalty.challenge.refused.countGoal",
                "loyalty.challenge.refused.firstDay", "loyalty.challenge.refused.days",
                "loyalty.challenge.refused.bonus", "loyalty.challenge.refused.badge");
        assertThatThrownBy(() -> draft.toDefinition(null)).isInstanceOf(ChallengeRefusedException.class);
    }

    @Test
    void shouldRefuseMoneyGoalsWithMoreThanTwoDecimalsAndMissingCategories() {
        ChallengeDraft draft = draft("Spend", "CATEGORY_SPEND", "10.001", "CALENDAR_MONTH");

        assertThat(draft.problems()).extracting(LoyaltyText::getKey).containsExactly(
                "loyalty.challenge.refused.moneyGoal", "loyalty.challenge.refused.category");
    }

    @Test
    void shouldRefuseUnknownTypesWindowsAndDatesInTheWrongOrder() {
        ChallengeDraft draft = draft("Odd", "LOTTERY", "1", "FOREVER");
        draft.firstDay = "2026-05-02";
        draft.lastDay = "2026-05-01";

        assertThat(draft.problems()).extracting(LoyaltyText::getKey).containsExactly(
                "loyalty.challenge.refused.type", "loyalty.challenge.refused.window",
                "loyalty.challenge.refused.datesOrder");
    }

    @Test
    void shouldRefuseTooLongTextsAndTooLargeGoals() {
        StringBuilder longName = new StringBuilder();
        while (longName.length() <= ChallengeDraft.MAX_NAME) {
            longName.append("x");
        }
        ChallengeDraft draft = draft(longName.toString(), "FEEDBACK", "1001", "CALENDAR_MONTH");

        assertThat(draft.problems()).extracting(LoyaltyText::getKey).containsExactly(
                "loyalty.challenge.refused.nameTooLong", "loyalty.challenge.refused.countGoal");
    }

    static ChallengeDraft draft(String name, String type, String goal, String window) {
        ChallengeDraft draft = new ChallengeDraft();
        draft.name = name;
        draft.ruleType = type;
        draft.goal = goal;
        draft.windowType = window;
        draft.days = "60";
        return draft;
    }
}
