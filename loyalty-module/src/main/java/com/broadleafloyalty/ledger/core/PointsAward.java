package com.broadleafloyalty.ledger.core;

import java.math.BigDecimal;

/** The result of an earning calculation: points, the amount they were earned on, and what produced them. */
public final class PointsAward {

    private final long points;
    private final BigDecimal qualifyingAmount;
    private final AwardSnapshot snapshot;
    private final String ruleDescription;

    PointsAward(long points, BigDecimal qualifyingAmount, AwardSnapshot snapshot, String ruleDescription) {
        this.points = points;
        this.qualifyingAmount = qualifyingAmount;
        this.snapshot = snapshot;
        this.ruleDescription = ruleDescription;
    }

    public long getPoints() {
        return points;
    }

    public BigDecimal getQualifyingAmount() {
        return qualifyingAmount;
    }

    /** Machine-readable: what a later partial return needs to claw back with the original rule. */
    public AwardSnapshot getSnapshot() {
        return snapshot;
    }

    /** Human-readable: the rate and every rule that ran. */
    public String getRuleDescription() {
        return ruleDescription;
    }
}
