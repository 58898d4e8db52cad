package com.broadleafloyalty.returns.service;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;

import java.util.HashMap;
import java.util.Map;

/** Refuses a return that names unknown items, non-positive quantities, or more than was bought and not yet returned. */
final class ReturnedQuantities {

    private ReturnedQuantities() {
    }

    static void check(Order order, Map<Long, Integer> alreadyReturned, Map<Long, Integer> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new IllegalArgumentException("A return must name at least one order item and quantity");
        }
        Map<Long, Integer> bought = new HashMap<Long, Integer>();
        for (OrderItem item : order.getOrderItems()) {
            bought.put(item.getId(), item.getQuantity());
        }
        for (Map.Entry<Long, Integer> line : requested.entrySet()) {
            Integer quantity = bought.get(line.getKey());
            if (quantity == null) {
                throw new IllegalArgumentException("Order item " + line.getKey() + " is not part of order " + order.getId());
            }
            if (line.getValue() == null || line.getValue() <= 0) {
                throw new IllegalArgumentException("Return quantity for item " + line.getKey() + " must be more than zero");
            }
            Integer returned = alreadyReturned.get(line.getKey());
            int left = quantity - (returned == null ? 0 : returned);
            if (line.getValue() > left) {
                throw new IllegalArgumentException("Item " + line.getKey() + " has " + left
                        + " unit(s) left to return; asked for " + line.getValue());
            }
        }
    }
}
