package com.broadleafloyalty.demo.replay.shop;

import java.util.Collections;
import java.util.Map;

/** A replayed invoice as a Broadleaf order: its id and the order item id of each catalog key. */
public final class PlacedOrder {

    private final Long orderId;
    private final Map<String, Long> orderItemIdsByKey;

    public PlacedOrder(Long orderId, Map<String, Long> orderItemIdsByKey) {
        this.orderId = orderId;
        this.orderItemIdsByKey = Collections.unmodifiableMap(orderItemIdsByKey);
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long orderItemId(String key) {
        return orderItemIdsByKey.get(key);
    }
}
