package com.broadleafloyalty.redemption.service;

import org.broadleafcommerce.core.offer.domain.OrderAdjustment;
import org.broadleafcommerce.core.order.domain.Order;

import java.math.BigDecimal;

/**
 * How much of an order points may pay: the merchandise after item discounts and after other order discounts, never
 * shipping or tax. The loyalty discount itself is not subtracted, so re-applying a different amount works.
 */
public final class RedeemableAmount {

    private RedeemableAmount() {
    }

    public static BigDecimal of(Order order) {
        BigDecimal amount = order.getSubTotal() == null ? BigDecimal.ZERO : order.getSubTotal().getAmount();
        for (OrderAdjustment adjustment : order.getOrderAdjustments()) {
            if (!isLoyalty(adjustment) && adjustment.getValue() != null) {
                amount = amount.subtract(adjustment.getValue().getAmount());
            }
        }
        return amount.max(BigDecimal.ZERO);
    }

    public static boolean isLoyalty(OrderAdjustment adjustment) {
        return adjustment.getOffer() != null && RedemptionOffer.NAME.equals(adjustment.getOffer().getName());
    }
}
