package com.broadleafloyalty.redemption.core;

import com.broadleafloyalty.ledger.core.RedemptionRate;

import java.math.BigDecimal;

/**
 * A points reservation larger than what the cart is now worth is shrunk to fit: a shopper who applied 300 points
 * (30.00) and then took products out keeps the most points the merchandise left can take, valued at the rate, so
 * the discount never exceeds the merchandise. A reservation that fits keeps the amount it was applied with, and a
 * shrunk one never holds more points than the shopper applied (the rate may have changed since).
 */
public final class ShrinkToFitPolicy {

    private final RedemptionRate rate;

    public ShrinkToFitPolicy(RedemptionRate rate) {
        if (rate == null) {
            throw new IllegalArgumentException("Shrinking a points reservation needs the redemption rate");
        }
        this.rate = rate;
    }

    /** The discount to keep on a cart whose merchandise points may pay ({@code redeemable}) is as given. */
    public PointsDiscount fit(PointsDiscount reserved, BigDecimal redeemable) {
        BigDecimal room = redeemable == null ? BigDecimal.ZERO : redeemable.max(BigDecimal.ZERO);
        if (reserved.getAmount().compareTo(room) <= 0) {
            return reserved;
        }
        return PointsDiscount.of(Math.min(reserved.getPoints(), rate.maxPointsFor(room)), rate);
    }
}
