package com.broadleafloyalty.tier.core;

import com.broadleafloyalty.support.core.LoyaltyText;
import com.broadleafloyalty.support.core.MoneyAmount;

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

    /** The next tier is already reached: it is awarded at the next order or nightly. */
    public boolean isNextReached() {
        return next != null && (pointsMissing == 0L || spendMissing.signum() == 0);
    }

    /**
     * How far toward the next tier, 0 to 100, by the measure that is closer (either threshold is enough); 100 at the
     * top tier and once the next one is reached.
     */
    public int percentToNext() {
        if (next == null || isNextReached()) {
            return 100;
        }
        double byPoints = next.getPointsThreshold() <= 0 ? 1.0
                : 1.0 - (double) pointsMissing / next.getPointsThreshold();
        double bySpend = next.getSpendThreshold().signum() <= 0 ? 1.0
                : 1.0 - spendMissing.doubleValue() / next.getSpendThreshold().doubleValue();
        int percent = (int) Math.floor(100 * Math.max(byPoints, bySpend));
        return Math.max(0, Math.min(99, percent));
    }

    /**
     * The sentence under the progress bar, spend in {@code currencyCode}: "Spend $40.00 more or earn 120 more points
     * to reach Gold.", "You have qualified for Gold: it applies from your next order.", "You are in our highest tier,
     * VIP." Empty (null) with no tiers at all.
     */
    public LoyaltyText text(String currencyCode) {
        if (next == null) {
            return current == null ? null : LoyaltyText.of("loyalty.tier.progress.top", current.getName());
        }
        if (isNextReached()) {
            return LoyaltyText.of("loyalty.tier.progress.reached", next.getName());
        }
        return LoyaltyText.of("loyalty.tier.progress.toNext",
                new MoneyAmount(spendMissing.setScale(2, RoundingMode.HALF_EVEN), currencyCode), pointsMissing,
                next.getName());
    }
}
