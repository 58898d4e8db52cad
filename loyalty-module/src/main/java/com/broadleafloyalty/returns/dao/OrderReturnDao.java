package com.broadleafloyalty.returns.dao;

import com.broadleafloyalty.returns.domain.OrderReturn;

import java.util.Map;

public interface OrderReturnDao {

    OrderReturn read(Long orderId, String reference);

    /** Saves the return and its lines (order item id to quantity). */
    OrderReturn save(OrderReturn orderReturn, Map<Long, Integer> quantitiesByOrderItemId);

    /** Quantities returned so far per order item, over every return of the order. */
    Map<Long, Integer> returnedQuantities(Long orderId);

    /** Units returned per order item, over every return recorded by the module. */
    Map<Long, Integer> returnedQuantitiesOfAllOrders();
}
