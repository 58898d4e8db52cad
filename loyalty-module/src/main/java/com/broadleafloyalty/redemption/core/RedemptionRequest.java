package com.broadleafloyalty.redemption.core;

import com.broadleafloyalty.ledger.core.AmountProblem;
import com.broadleafloyalty.ledger.core.AmountRefusedException;
import com.broadleafloyalty.ledger.core.PointsAmount;
import com.broadleafloyalty.ledger.core.RedemptionRate;

import java.math.BigDecimal;
import java.math.BigInteger;

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
            // Strict ASCII digits: Long.parseLong would also take '٥٠' or '５０'.
            points = PointsAmount.positive(Long.MAX_VALUE).parse(text);
        } catch (AmountRefusedException e) {
            if (e.getProblem() == AmountProblem.NEGATIVE || e.getProblem() == AmountProblem.ZERO) {
                throw new RedemptionRefusedException("loyalty.redeem.points.notPositive");
            }
            if (e.getProblem() == AmountProblem.ABOVE_LIMIT) {
                // More digits than a long holds: still a number, and far more than available.
                throw new RedemptionRefusedException("loyalty.redeem.points.moreThanAvailable", available,
                        new BigInteger(text.startsWith("+") ? text.substring(1) : text));
            }
            throw new RedemptionRefusedException("loyalty.redeem.points.notANumber", text);
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
