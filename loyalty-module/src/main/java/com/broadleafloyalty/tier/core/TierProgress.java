package com.broadleafloyalty.tier.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The customer's current tier and what is missing to reach the next one, by either measure. */
public final class TierProgress {

    private final TierDefinition current;
    private final TierDefinition next;
    private final long pointsMissing;
    private final BigDecimal spendMissing;

    private TierProgress(TierDefinition current, TierDefinition next, long pointsMissing, BigDecimal spendMissing) {
        this.current = current;
        this.next = next;
        this.pointsMissing = pointsMissing;
        this.spendMissing = spendMissing;
    }

    static TierProgress towards(TierDefinition current, TierDefinition next, QualifyingActivity activity) {
        if (next == null) {
            return new TierProgress(current, null, 0L, BigDecimal.ZERO);
        }
        long points = Math.max(0L, next.getPointsThreshold() - activity.getPoints());
        BigDecimal spend = next.getSpendThreshold().subtract(activity.getSpend()).max(BigDecimal.ZERO);
        return new TierProgress(current, next, points, spend);
    }

    public TierDefinition getCurrent() {
        return current;
    }

    /** Null at the top tier. */
    public TierDefinition getNext() {
        return next;
    }

    public long getPointsMissing() {
        return pointsMissing;
    }

    public BigDecimal getSpendMissing() {
        return spendMissing;
    }

    public boolean isAtTop() {
        return next == null;
    }

    /**
     * "Spend 40.00 more or earn 120 more points to reach Gold." When the next tier is already reached (it is
     * awarded at the next order or nightly): "You have reached Gold: it applies from your next order."
     */
    public String sentence() {
        if (next == null) {
            return current == null ? "" : "You are in our highest tier, " + current.getName() + ".";
        }
        if (pointsMissing == 0L || spendMissing.signum() == 0) {
            return "You have reached " + next.getName() + ": it applies from your next order.";
        }
        return "Spend " + spendMissing.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " more or earn "
                + pointsMissing + " more points to reach " + next.getName() + ".";
    }
}
