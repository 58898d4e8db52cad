package com.broadleafloyalty.challenge.core;

import java.math.BigDecimal;

/**
 * A challenge as the rules see it: what it counts, the goal, its window, what completing it grants. The goal is a
 * whole count, or an amount of money for {@link ChallengeRuleType#CATEGORY_SPEND} (which also names its category).
 */
public final class ChallengeDefinition {

    private final Long id;
    private final ChallengeRuleType ruleType;
    private final BigDecimal goal;
    private final Long categoryId;
    private final ChallengeWindow window;
    private final long bonusPoints;
    private final Badge badge;

    public ChallengeDefinition(Long id, ChallengeRuleType ruleType, BigDecimal goal, Long categoryId,
            ChallengeWindow window, long bonusPoints, Badge badge) {
        if (ruleType == null || goal == null || goal.signum() <= 0 || window == null || bonusPoints < 0) {
            throw new IllegalArgumentException("A challenge needs a type, a positive goal and a window");
        }
        if (ruleType == ChallengeRuleType.CATEGORY_SPEND && categoryId == null) {
            throw new IllegalArgumentException("A category spend challenge needs its category");
        }
        this.id = id;
        this.ruleType = ruleType;
        this.goal = goal;
        this.categoryId = categoryId;
        this.window = window;
        this.bonusPoints = bonusPoints;
        this.badge = badge == null ? ruleType.getDefaultBadge() : badge;
    }

    public Long getId() {
        return id;
    }

    public ChallengeRuleType getRuleType() {
        return ruleType;
    }

    public BigDecimal getGoal() {
        return goal;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public ChallengeWindow getWindow() {
        return window;
    }

    public long getBonusPoints() {
        return bonusPoints;
    }

    public Badge getBadge() {
        return badge;
    }
}
