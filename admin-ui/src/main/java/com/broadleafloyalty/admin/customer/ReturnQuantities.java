package com.broadleafloyalty.admin.customer;

import com.broadleafloyalty.support.core.LoyaltyRefusal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the return form: one {@code quantity-<orderItemId>} field per order line, empty or 0 for lines not returned.
 * Only turns text into numbers (refused with a {@link LoyaltyRefusal}); what may be returned is the return service's
 * decision.
 */
final class ReturnQuantities {

    static final String FIELD_PREFIX = "quantity-";

    private ReturnQuantities() {
    }

    static Map<Long, Integer> parse(Map<String, String> parameters) {
        Map<Long, Integer> quantities = new LinkedHashMap<Long, Integer>();
        for (Map.Entry<String, String> field : parameters.entrySet()) {
            if (!field.getKey().startsWith(FIELD_PREFIX)) {
                continue;
            }
            String text = field.getValue() == null ? "" : field.getValue().trim();
            if (text.isEmpty() || text.matches("0+")) {
                continue;
            }
            Long orderItemId = number(field.getKey().substring(FIELD_PREFIX.length()));
            // ASCII digits only: Integer.valueOf would also take '５' or '١'.
            if (!text.matches("-?[0-9]{1,9}")) {
                throw new LoyaltyRefusal("loyalty.return.notANumber", text);
            }
            quantities.put(orderItemId, Integer.valueOf(text));
        }
        if (quantities.isEmpty()) {
            throw new LoyaltyRefusal("loyalty.return.noLines");
        }
        return quantities;
    }

    private static Long number(String text) {
        if (!text.matches("[0-9]{1,18}")) {
            throw new LoyaltyRefusal("loyalty.return.notALine", text);
        }
        return Long.valueOf(text);
    }
}
