package com.broadleafloyalty.challenge.core;

import com.broadleafloyalty.support.core.LoyaltyText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A challenge as an admin typed it (every field a string, as a form sends it), checked field by field. The limits
 * are documented in docs/challenges.md; anything beyond them is a problem with its own message key.
 */
public final class ChallengeDraft {

    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 500;
    public static final long MAX_COUNT_GOAL = 1000;
    public static final BigDecimal MAX_MONEY_GOAL = new BigDecimal("1000000");
    public static final int MAX_DAYS = 3660;
    public static final long MAX_BONUS = 1000000;

    public String name;
    public String description;
    public String ruleType;
    public String goal;
    public String categoryId;
    public String windowType;
    public String days;
    public String firstDay;
    public String lastDay;
    public String bonusPoints;
    public String badge;

    /** The problems of this draft, in form order; empty when it can be saved. */
    public List<LoyaltyText> problems() {
        List<LoyaltyText> problems = new ArrayList<LoyaltyText>();
        String trimmedName = trim(name);
        if (trimmedName.isEmpty()) {
            problems.add(LoyaltyText.of("loyalty.challenge.refused.nameMissing"));
        } else if (trimmedName.length() > MAX_NAME) {
            problems.add(LoyaltyText.of("loyalty.challenge.refused.nameTooLong", MAX_NAME));
        }
        if (trim(description).length() > MAX_DESCRIPTION) {
            problems.add(LoyaltyText.of("loyalty.challenge.refused.descriptionTooLong", MAX_DESCRIPTION));
        }
        ChallengeRuleType type = ChallengeRuleType.named(ruleType);
        if (type == null) {
            problems.add(LoyaltyText.of("loyalty.challenge.refused.type"));
        } else {
            checkGoal(type, problems);
            if (type == ChallengeRuleType.CATEGORY_SPEND && parseId(categoryId) == null) {
                problems.add(LoyaltyText.of("loyalty.challenge.refused.category"));
            }
        }
        WindowType window = WindowType.named(windowType);
        LocalDate first = date(firstDay, "loyalty.challenge.refused.firstDay", problems);
        LocalDate last = date(lastDay, "loyalty.challenge.refused.lastDay", problems);
        if (window == null) {
            problems.add(LoyaltyText.of("loyalty.challenge.refused.window"));
        } else if (window == WindowType.ROLLING_DAYS && wholeNumber(days, 1, MAX_DAYS) == null) {
            problems.add(LoyaltyText.of("loyalty.challenge.refused.days", MAX_DAYS));
        } else if (window == WindowType.FIXED_DATES && (trim(firstDay).isEmpty() || trim(lastDay).isEmpty())) {
            problems.add(LoyaltyText.of("loyalty.challenge.refused.datesMissing"));
        }
        if (first != null && last != null && last.isBefore(first)) {
            problems.add(LoyaltyText.of("loyalty.challenge.refused.datesOrder"));
        }
        if (!trim(bonusPoints).isEmpty() && wholeNumber(bonusPoints, 0, MAX_BONUS) == null) {
            problems.add(LoyaltyText.of("loyalty.challenge.refused.bonus", MAX_BONUS));
        }
        if (!trim(badge).isEmpty() && Badge.named(badge) == null) {
            problems.add(LoyaltyText.of("loyalty.challenge.refused.badge"));
        }
        return problems;
    }

    /** The checked draft as a definition (id as given); call only when {@link #problems()} is empty. */
    public ChallengeDefinition toDefinition(Long id) {
        List<LoyaltyText> problems = problems();
        if (!problems.isEmpty()) {
            throw new ChallengeRefusedException(problems);
        }
        ChallengeRuleType type = ChallengeRuleType.named(ruleType);
        WindowType window = WindowType.named(windowType);
        Long bonus = trim(bonusPoints).isEmpty() ? Long.valueOf(0) : wholeNumber(bonusPoints, 0, MAX_BONUS);
        Long windowDays = window == WindowType.ROLLING_DAYS ? wholeNumber(days, 1, MAX_DAYS) : Long.valueOf(0);
        return new ChallengeDefinition(id, type, new BigDecimal(trim(goal)),
                type == ChallengeRuleType.CATEGORY_SPEND ? parseId(categoryId) : null,
                ChallengeWindow.of(window, windowDays.intValue(), parseDate(firstDay), parseDate(lastDay)),
                bonus, trim(badge).isEmpty() ? null : Badge.named(badge));
    }

    public String trimmedName() {
        return trim(name);
    }

    public String trimmedDescription() {
        String text = trim(description);
        return text.isEmpty() ? null : text;
    }

    private void checkGoal(ChallengeRuleType type, List<LoyaltyText> problems) {
        if (type.isMoney()) {
            BigDecimal amount = decimal(goal);
            if (amount == null || amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(MAX_MONEY_GOAL) > 0) {
                problems.add(LoyaltyText.of("loyalty.challenge.refused.moneyGoal", MAX_MONEY_GOAL));
            }
        } else if (wholeNumber(goal, 1, MAX_COUNT_GOAL) == null) {
            problems.add(LoyaltyText.of("loyalty.challenge.refused.countGoal", MAX_COUNT_GOAL));
        }
    }

    private static LocalDate date(String text, String key, List<LoyaltyText> problems) {
        if (trim(text).isEmpty()) {
            return null;
        }
        LocalDate date = parseDate(text);
        if (date == null) {
            problems.add(LoyaltyText.of(key));
        }
        return date;
    }

    private static LocalDate parseDate(String text) {
        if (trim(text).isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(trim(text));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Long wholeNumber(String text, long min, long max) {
        String value = trim(text);
        if (!value.matches("[0-9]{1,9}")) {
            return null;
        }
        long number = Long.parseLong(value);
        return number < min || number > max ? null : Long.valueOf(number);
    }

    private static Long parseId(String text) {
        String value = trim(text);
        return value.matches("-?[0-9]{1,18}") ? Long.valueOf(value) : null;
    }

    private static BigDecimal decimal(String text) {
        String value = trim(text);
        if (!value.matches("[0-9]{1,9}(\\.[0-9]{1,9})?")) {
            return null;
        }
        return new BigDecimal(value);
    }

    private static String trim(String text) {
        return text == null ? "" : text.trim();
    }
}
