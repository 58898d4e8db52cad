package com.broadleafloyalty.demo.web;

import com.broadleafloyalty.redemption.core.RedemptionKind;
import com.broadleafloyalty.redemption.service.RedemptionOffers;
import org.broadleafcommerce.common.currency.util.BroadleafCurrencyUtils;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.offer.domain.OrderAdjustment;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;

import java.math.BigDecimal;

/**
 * The money breakdown a cart, the checkout and an order page show: merchandise (after item discounts), order
 * discounts, the part paid with points, shipping (and its list price, when an offer or reward made it free), tax and
 * the total. They add up as Broadleaf's pricing adds them: merchandise - discounts - points + shipping + tax = total.
 */
public final class OrderTotals {

    private final Money merchandise;
    private final Money discounts;
    private final Money pointsPaid;
    private final Money shipping;
    private final Money listShipping;
    private final Money tax;
    private final Money total;

    private OrderTotals(Order order) {
        Money zero = BroadleafCurrencyUtils.getMoney(BigDecimal.ZERO, order.getCurrency());
        merchandise = orZero(order.getSubTotal(), zero);
        Money adjustments = zero;
        Money points = zero;
        for (OrderAdjustment adjustment : order.getOrderAdjustments()) {
            Money value = orZero(adjustment.getValue(), zero);
            if (RedemptionOffers.kindOf(adjustment) == RedemptionKind.POINTS) {
                points = points.add(value);
            } else {
                adjustments = adjustments.add(value);
            }
        }
        discounts = adjustments;
        pointsPaid = points;
        shipping = orZero(order.getTotalFulfillmentCharges(), zero);
        Money list = zero;
        for (FulfillmentGroup group : order.getFulfillmentGroups()) {
            list = list.add(orZero(group.getRetailShippingPrice(), zero));
        }
        listShipping = list;
        tax = orZero(order.getTotalTax(), zero);
        total = orZero(order.getTotal(), zero);
    }

    public static OrderTotals of(Order order) {
        return new OrderTotals(order);
    }

    private static Money orZero(Money money, Money zero) {
        return money == null ? zero : money;
    }

    public Money getMerchandise() {
        return merchandise;
    }

    public Money getDiscounts() {
        return discounts;
    }

    public Money getPointsPaid() {
        return pointsPaid;
    }

    public Money getShipping() {
        return shipping;
    }

    public Money getListShipping() {
        return listShipping;
    }

    public Money getTax() {
        return tax;
    }

    public Money getTotal() {
        return total;
    }
}
