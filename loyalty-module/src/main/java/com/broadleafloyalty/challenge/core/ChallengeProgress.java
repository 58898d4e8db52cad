package com.broadleafloyalty.challenge.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How far a customer is with one challenge: what counted so far against the goal. */
public final class ChallengeProgress {

    private final BigDecimal current;
    private final BigDecimal goal;

    public ChallengeProgress(BigDecimal current, BigDecimal goal) {
        this.current = current;
        this.goal = goal;
    }

    public BigDecimal getCurrent() {
        return current;
    }

    public BigDecimal getGoal() {
        return goal;
    }

    public boolean isComplete() {
        return current.compareTo(goal) >= 0;
    }

    /** What is still missing (0 once complete). */
    public BigDecimal getRemaining() {
        return goal.subtract(current).max(BigDecimal.ZERO);
    }

    /** Whole percent reached, 0 to 100, rounded down (99.9% is not shown as done). */
    public int getPercent() {
        if (isComplete()) {
            return 100;
        }
        return current.multiply(BigDecimal.valueOf(100)).divide(goal, 0, RoundingMode.DOWN).intValue();
    }
}
