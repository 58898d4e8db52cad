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
            throw new ReturnRefusedException("loyalty.return.noLines");
        }
        Map<Long, Integer> bought = new HashMap<Long, Integer>();
        Map<Long, String> names = new HashMap<Long, String>();
        for (OrderItem item : order.getOrderItems()) {
            bought.put(item.getId(), item.getQuantity());
            names.put(item.getId(), item.getName());
        }
        String orderLabel = order.getOrderNumber() != null ? order.getOrderNumber() : String.valueOf(order.getId());
        for (Map.Entry<Long, Integer> line : requested.entrySet()) {
            Integer quantity = bought.get(line.getKey());
            if (quantity == null) {
                throw new ReturnRefusedException("loyalty.return.unknownLine", String.valueOf(line.getKey()), orderLabel);
            }
            if (line.getValue() == null || line.getValue() <= 0) {
                throw new ReturnRefusedException("loyalty.return.quantityNotPositive", names.get(line.getKey()));
            }
            Integer returned = alreadyReturned.get(line.getKey());
            int left = quantity - (returned == null ? 0 : returned);
            if (line.getValue() > left) {
                throw new ReturnRefusedException("loyalty.return.moreThanLeft", names.get(line.getKey()), left,
                        line.getValue());
            }
        }
    }
}
