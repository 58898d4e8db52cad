package com.broadleafloyalty.redemption.core;

import com.broadleafloyalty.ledger.core.AmountProblem;
import com.broadleafloyalty.ledger.core.AmountRefusedException;
import com.broadleafloyalty.ledger.core.PointsAmount;
import com.broadleafloyalty.ledger.core.RedemptionRate;

import java.math.BigDecimal;

/**
 * Checks what a shopper typed in "use points": a whole positive number, no more than available, no more than the
 * order's merchandise is worth. Each refusal carries the sentence shown to the shopper.
 */
public final class RedemptionRequest {

    private RedemptionRequest() {
    }

    public static long validate(String input, long available, BigDecimal merchandise, RedemptionRate rate) {
        String text = input == null ? "" : input.trim();
        if (text.isEmpty()) {
            throw new RedemptionRefusedException("Enter how many points to use.");
        }
        long points;
        try {
            // Strict ASCII digits: Long.parseLong would also take '٥٠' or '５０'.
            points = PointsAmount.positive(Long.MAX_VALUE).parse(text);
        } catch (AmountRefusedException e) {
            if (e.getProblem() == AmountProblem.NEGATIVE || e.getProblem() == AmountProblem.ZERO) {
                throw new RedemptionRefusedException("Enter a number of points greater than zero.");
            }
            if (e.getProblem() == AmountProblem.ABOVE_LIMIT) {
                throw new RedemptionRefusedException("You have " + available + " points available; you asked for "
                        + text + ".");
            }
            throw new RedemptionRefusedException("'" + text + "' is not a whole number of points.");
        }
        if (points > available) {
            throw new RedemptionRefusedException("You have " + available + " points available; you asked for "
                    + points + ".");
        }
        long max = rate.maxPointsFor(merchandise);
        if (points > max) {
            throw new RedemptionRefusedException("At most " + max + " points can be used on this order (worth "
                    + rate.valueOf(max).toPlainString() + ").");
        }
        return points;
    }
}
