package com.broadleafloyalty.redemption.service;

import com.broadleafloyalty.redemption.core.RedemptionRefusedException;
import com.broadleafloyalty.redemption.domain.Redemption;
import com.broadleafloyalty.redemption.domain.RewardItem;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.exception.AddToCartException;
import org.broadleafcommerce.core.order.service.exception.RemoveFromCartException;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The zero-priced cart lines that free-product and gift rewards add. Each carries the id of its redemption in a line
 * attribute; all of them are told apart without a query.
 */
public final class FreeLines {

    /** Cart line attribute naming the redemption a zero-priced line belongs to. */
    public static final String LINE_ATTRIBUTE = "loyaltyRewardRedemption";

    private FreeLines() {
    }

    /** The order's reward lines, by the id of the redemption they belong to. */
    public static Map<Long, OrderItem> of(Order order) {
        Map<Long, OrderItem> lines = new HashMap<Long, OrderItem>();
        for (OrderItem item : order.getOrderItems()) {
            if (isFreeLine(item) && item.getOrderItemAttributes() != null
                    && item.getOrderItemAttributes().containsKey(LINE_ATTRIBUTE)) {
                lines.put(Long.valueOf(item.getOrderItemAttributes().get(LINE_ATTRIBUTE).getValue()), item);
            }
        }
        return lines;
    }

    /** A line priced at zero by an override: the only kind of line a reward adds. */
    public static boolean isFreeLine(OrderItem item) {
        return item.isSalePriceOverride() && item.getSalePrice() != null && item.getSalePrice().isZero();
    }

    /** Adds the reward's product to the cart at zero price as the redemption's line; returns the cart, not repriced. */
    static Order add(OrderService orderService, Order cart, RewardItem item, Redemption redemption) {
        Product product = item.getProduct();
        if (product == null || product.getDefaultSku() == null) {
            throw new RedemptionRefusedException("loyalty.redeem.reward.productUnavailable", item.getName());
        }
        OrderItemRequestDTO request = new OrderItemRequestDTO();
        // By product, not by SKU, with the attribute: Broadleaf then never merges the free line with a paid one.
        request.setProductId(product.getId());
        request.setQuantity(1);
        request.getItemAttributes().put(LINE_ATTRIBUTE, String.valueOf(redemption.getId()));
        Money zero = new Money(BigDecimal.ZERO, cart.getCurrency());
        request.setOverrideSalePrice(zero);
        request.setOverrideRetailPrice(zero);
        Order updated;
        try {
            updated = orderService.addItemWithPriceOverrides(cart.getId(), request, false);
        } catch (AddToCartException e) {
            throw new RedemptionRefusedException("loyalty.redeem.reward.productUnavailable", item.getName());
        }
        OrderItem line = of(updated).get(redemption.getId());
        if (line == null) {
            throw new IllegalStateException("The free line of redemption " + redemption.getId() + " was not added");
        }
        redemption.setOrderItemId(line.getId());
        return updated;
    }

    /** Takes the redemption's line out of the cart, if it is there; returns the cart (not repriced). */
    static Order remove(OrderService orderService, Order cart, Redemption redemption) {
        OrderItem line = of(cart).get(redemption.getId());
        if (line == null) {
            return cart;
        }
        try {
            return orderService.removeItem(cart.getId(), line.getId(), false);
        } catch (RemoveFromCartException e) {
            throw new IllegalStateException("Could not take the free line of redemption " + redemption.getId()
                    + " out of cart " + cart.getId(), e);
        }
    }
}
