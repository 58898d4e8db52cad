package com.broadleafloyalty.redemption.core;

import com.broadleafloyalty.ledger.core.RedemptionRate;

import java.math.BigDecimal;

/**
 * Checks what a shopper typed in "use points": a whole positive number, no more than available, no more than the
 * order's merchandise is worth. Each refusal carries the message key of the sentence shown to the shopper.
 */
public final class RedemptionRequest {

    private RedemptionRequest() {
    }

    public static long validate(String input, long available, BigDecimal merchandise, RedemptionRate rate) {
        String text = input == null ? "" : input.trim();
        if (text.isEmpty()) {
            throw new RedemptionRefusedException("loyalty.redeem.points.missing");
        }
        long points;
        try {
            points = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new RedemptionRefusedException("loyalty.redeem.points.notANumber", text);
        }
        if (points <= 0) {
            throw new RedemptionRefusedException("loyalty.redeem.points.notPositive");
        }
        if (points > available) {
            throw new RedemptionRefusedException("loyalty.redeem.points.moreThanAvailable", available, points);
        }
        long max = rate.maxPointsFor(merchandise);
        if (points > max) {
            throw new RedemptionRefusedException("loyalty.redeem.points.moreThanOrder", max, rate.valueOf(max));
        }
        return points;
    }
}
