package com.broadleafloyalty.challenge.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Challenges and activities for the rule tests, in UTC. */
final class ChallengeFixture {

    static final Instant NOW = Instant.parse("2026-05-20T12:00:00Z");
    static final long OUTDOOR = 7L;
    static final long KITCHEN = 8L;
    static final long GARDEN = 9L;

    private ChallengeFixture() {
    }

    static ChallengeDefinition ordersInDays(int goal, int days) {
        return new ChallengeDefinition(1L, ChallengeRuleType.ORDERS, BigDecimal.valueOf(goal), null,
                ChallengeWindow.of(WindowType.ROLLING_DAYS, days, null, null), 0, null);
    }

    static ChallengeDefinition spendThisQuarter(String amount, long categoryId) {
        return new ChallengeDefinition(2L, ChallengeRuleType.CATEGORY_SPEND, new BigDecimal(amount), categoryId,
                ChallengeWindow.of(WindowType.CALENDAR_QUARTER, 0, null, null), 50, null);
    }

    static ChallengeDefinition of(ChallengeRuleType type, int goal, WindowType window, int days) {
        return new ChallengeDefinition(3L, type, BigDecimal.valueOf(goal), null,
                ChallengeWindow.of(window, days, null, null), 0, null);
    }

    static ChallengeDefinition between(ChallengeRuleType type, int goal, String first, String last) {
        return new ChallengeDefinition(4L, type, BigDecimal.valueOf(goal), null,
                ChallengeWindow.of(WindowType.FIXED_DATES, 0, LocalDate.parse(first), LocalDate.parse(last)), 0, null);
    }

    static Instant daysAgo(int days) {
        return NOW.minusSeconds(days * 86_400L);
    }
}
