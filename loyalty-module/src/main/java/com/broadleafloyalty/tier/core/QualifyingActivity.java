package com.broadleafloyalty.tier.core;

import java.math.BigDecimal;

/**
 * What a customer did within the rolling window: qualifying points (points earned by orders, less what was clawed
 * back from them; never the balance) and qualifying spend (merchandise of completed orders).
 */
public final class QualifyingActivity {

    private static final QualifyingActivity NONE = new QualifyingActivity(0L, BigDecimal.ZERO);

    private final long points;
    private final BigDecimal spend;

    public QualifyingActivity(long points, BigDecimal spend) {
        this.points = Math.max(0L, points);
        this.spend = spend == null || spend.signum() < 0 ? BigDecimal.ZERO : spend;
    }

    public static QualifyingActivity none() {
        return NONE;
    }

    /** This activity plus one more order. */
    public QualifyingActivity plus(long orderPoints, BigDecimal orderSpend) {
        return new QualifyingActivity(points + orderPoints, orderSpend == null ? spend : spend.add(orderSpend));
    }

    public long getPoints() {
        return points;
    }

    public BigDecimal getSpend() {
        return spend;
    }

    @Override
    public String toString() {
        return points + " points, " + spend.setScale(2, BigDecimal.ROUND_HALF_EVEN).toPlainString() + " spend";
    }
}
