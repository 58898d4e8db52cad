package com.broadleafloyalty.redemption.service;

import com.broadleafloyalty.redemption.core.RedemptionKind;
import org.broadleafcommerce.core.offer.domain.OrderAdjustment;
import org.broadleafcommerce.core.order.domain.Order;

import java.math.BigDecimal;

/**
 * How much of an order points may pay: the merchandise after item discounts and after other order discounts (rewards
 * included), never shipping or tax. The points discount itself is not subtracted, so re-applying a different amount
 * works.
 */
public final class RedeemableAmount {

    private RedeemableAmount() {
    }

    public static BigDecimal of(Order order) {
        return merchandiseLess(order, true);
    }

    /** The merchandise after Broadleaf's own discounts only: what the cart's redemptions are priced on. */
    public static BigDecimal beforeRedemptions(Order order) {
        return merchandiseLess(order, false);
    }

    private static BigDecimal merchandiseLess(Order order, boolean rewards) {
        BigDecimal amount = order.getSubTotal() == null ? BigDecimal.ZERO : order.getSubTotal().getAmount();
        for (OrderAdjustment adjustment : order.getOrderAdjustments()) {
            RedemptionKind kind = RedemptionOffers.kindOf(adjustment);
            boolean subtract = kind == null || (rewards && kind == RedemptionKind.REWARD);
            if (subtract && adjustment.getValue() != null) {
                amount = amount.subtract(adjustment.getValue().getAmount());
            }
        }
        return amount.max(BigDecimal.ZERO);
    }
}
