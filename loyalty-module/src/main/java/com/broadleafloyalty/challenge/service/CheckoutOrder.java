package com.broadleafloyalty.challenge.service;

import com.broadleafloyalty.challenge.core.CustomerActivity;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The order being checked out, as challenge activity, read from memory: its final save has not happened yet, so the
 * database does not show it as submitted. Counts as the SQL does: price times quantity, in the item's category, else
 * its product's default category.
 */
final class CheckoutOrder {

    private CheckoutOrder() {
    }

    static CustomerActivity.Builder lines(CustomerActivity.Builder activity, Order order, Instant placed) {
        if (order.getOrderItems() == null || order.getOrderItems().isEmpty()) {
            return activity.orderLine(order.getId(), placed, null, BigDecimal.ZERO);
        }
        for (OrderItem item : order.getOrderItems()) {
            BigDecimal price = item.getPrice() == null ? BigDecimal.ZERO : item.getPrice().getAmount();
            activity.orderLine(order.getId(), placed, categoryOf(item),
                    price.multiply(BigDecimal.valueOf(item.getQuantity())));
        }
        return activity;
    }

    private static Long categoryOf(OrderItem item) {
        if (item.getCategory() != null) {
            return item.getCategory().getId();
        }
        if (item instanceof DiscreteOrderItem) {
            Product product = ((DiscreteOrderItem) item).getProduct();
            if (product != null && product.getDefaultCategory() != null) {
                return product.getDefaultCategory().getId();
            }
        }
        return null;
    }
}
