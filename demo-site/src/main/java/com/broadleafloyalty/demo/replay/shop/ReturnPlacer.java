package com.broadleafloyalty.demo.replay.shop;

import com.broadleafloyalty.demo.replay.history.ReturnRequest;
import com.broadleafloyalty.returns.service.LoyaltyReturnService;
import com.broadleafloyalty.returns.service.ReturnOutcome;

import java.util.HashMap;
import java.util.Map;

/**
 * Sends a credit note's part of an order back through the module's {@code blLoyaltyReturnService}, as a partial
 * return of the order's items, referenced by the credit note number. A shop without that service records nothing.
 */
public final class ReturnPlacer {

    public static final String BEAN = "blLoyaltyReturnService";
    static final String ACTOR = "replay";

    private final LoyaltyReturnService returnService;
    private final RequestScope scope;

    private ReturnPlacer(LoyaltyReturnService returnService, RequestScope scope) {
        this.returnService = returnService;
        this.scope = scope;
    }

    public static ReturnPlacer of(ReplayShop shop, RequestScope scope) {
        return new ReturnPlacer(shop.hasBean(BEAN) ? shop.bean(BEAN, LoyaltyReturnService.class) : null, scope);
    }

    public boolean isAvailable() {
        return returnService != null;
    }

    public ReturnOutcome returnItems(PlacedOrder order, ReturnRequest request) throws Exception {
        Map<Long, Integer> quantities = new HashMap<Long, Integer>();
        for (Map.Entry<String, Integer> returned : request.getQuantitiesByItemKey().entrySet()) {
            quantities.put(order.orderItemId(returned.getKey()), returned.getValue());
        }
        return scope.call(() -> returnService.returnItems(order.getOrderId(), request.getCreditNote(), quantities,
                ACTOR));
    }
}
