package com.broadleafloyalty.analytics.core;

import com.broadleafloyalty.ledger.core.RedemptionRate;

import java.math.BigDecimal;

/**
 * The points KPIs of one period: {@code points_issued} (earn + bonus), {@code points_redeemed},
 * {@code points_expired}, {@code points_clawed_back}, {@code points_adjusted} in the period; {@code points_liability}
 * at its end (the sum of every balance, i.e. of every ledger entry written before the end) and its money value at the
 * redemption rate (rounded down to the cent, as points are paid out); {@code pending_points} at the end (credited
 * but still inside the return window); {@code redemption_rate} = redeemed / issued and {@code breakage_rate} =
 * expired / issued (null when nothing was issued).
 */
public final class PointsKpis {

    private final PointsMovements movements;
    private final long liability;
    private final long pending;
    private final RedemptionRate redemptionRate;

    public PointsKpis(PointsMovements movements, long liability, long pending, RedemptionRate redemptionRate) {
        this.movements = movements;
        this.liability = liability;
        this.pending = pending;
        this.redemptionRate = redemptionRate;
    }

    public long getIssued() {
        return movements.issued();
    }

    public long getRedeemed() {
        return movements.redeemed();
    }

    public long getExpired() {
        return movements.expired();
    }

    public long getClawedBack() {
        return movements.clawedBack();
    }

    public long getAdjusted() {
        return movements.adjusted();
    }

    public long getLiability() {
        return liability;
    }

    /** The liability in money; a negative liability (debts larger than balances) is worth its negative value. */
    public BigDecimal getLiabilityValue() {
        BigDecimal value = redemptionRate.valueOf(Math.abs(liability));
        return liability < 0 ? value.negate() : value;
    }

    public long getPending() {
        return pending;
    }

    public BigDecimal getRedemptionRate() {
        return Ratios.rate(getRedeemed(), getIssued());
    }

    public BigDecimal getBreakageRate() {
        return Ratios.rate(getExpired(), getIssued());
    }

    /** What {@code points} are worth at the redemption rate. */
    public BigDecimal valueOf(long points) {
        return redemptionRate.valueOf(points);
    }
}
