package com.broadleafloyalty.demo.replay.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a cancellation invoice into returns of the customer's earlier orders. The file does not say which invoice a
 * credit note cancels, so each cancelled line is taken from the customer's most recent earlier orders that still
 * hold units of that stock code (the same price first, then any price), newest first. Units that no earlier order
 * holds (sold before the file starts) are counted as unmatched and returned nowhere.
 */
final class ReturnMatcher {

    private final Map<String, List<Invoice>> ordersByCustomer = new HashMap<String, List<Invoice>>();
    private final Map<Invoice, Map<String, Integer>> returnedByOrder = new HashMap<Invoice, Map<String, Integer>>();
    private final ReplayTally tally;

    ReturnMatcher(ReplayTally tally) {
        this.tally = tally;
    }

    void recordSale(Invoice sale) {
        List<Invoice> orders = ordersByCustomer.get(sale.getCustomerId());
        if (orders == null) {
            orders = new ArrayList<Invoice>();
            ordersByCustomer.put(sale.getCustomerId(), orders);
        }
        orders.add(sale);
    }

    /** One return per earlier order the credit note takes units from, in the order the orders were found. */
    List<ReturnRequest> match(Invoice cancellation) {
        Map<Invoice, Map<String, Integer>> taken = new LinkedHashMap<Invoice, Map<String, Integer>>();
        for (InvoiceItem cancelled : cancellation.getItems()) {
            int missing = cancelled.getQuantity();
            missing = take(cancellation.getCustomerId(), cancelled, true, missing, taken);
            missing = take(cancellation.getCustomerId(), cancelled, false, missing, taken);
            if (missing > 0) {
                tally.unmatchedReturnUnits += missing;
                tally.unmatchedReturnLines++;
            }
        }
        List<ReturnRequest> returns = new ArrayList<ReturnRequest>();
        for (Map.Entry<Invoice, Map<String, Integer>> entry : taken.entrySet()) {
            returns.add(new ReturnRequest(cancellation.getNumber(), cancellation.getDate(), entry.getKey(),
                    entry.getValue()));
        }
        return returns;
    }

    private int take(String customerId, InvoiceItem cancelled, boolean samePrice, int missing,
            Map<Invoice, Map<String, Integer>> taken) {
        List<Invoice> orders = ordersByCustomer.get(customerId);
        for (int i = orders == null ? -1 : orders.size() - 1; i >= 0 && missing > 0; i--) {
            Invoice order = orders.get(i);
            for (InvoiceItem sold : order.getItems()) {
                boolean sameProduct = sold.getStockCode().equals(cancelled.getStockCode());
                boolean priceMatches = sold.getUnitPrice().compareTo(cancelled.getUnitPrice()) == 0;
                if (missing > 0 && sameProduct && priceMatches == samePrice) {
                    int units = Math.min(missing, sold.getQuantity() - returned(order, sold.key()));
                    if (units > 0) {
                        record(order, sold.key(), units, taken);
                        missing -= units;
                    }
                }
            }
        }
        return missing;
    }

    private int returned(Invoice order, String key) {
        Map<String, Integer> returned = returnedByOrder.get(order);
        Integer units = returned == null ? null : returned.get(key);
        return units == null ? 0 : units;
    }

    private void record(Invoice order, String key, int units, Map<Invoice, Map<String, Integer>> taken) {
        add(returnedByOrder, order, key, units);
        add(taken, order, key, units);
    }

    private static void add(Map<Invoice, Map<String, Integer>> map, Invoice order, String key, int units) {
        Map<String, Integer> quantities = map.get(order);
        if (quantities == null) {
            quantities = new LinkedHashMap<String, Integer>();
            map.put(order, quantities);
        }
        Integer before = quantities.get(key);
        quantities.put(key, (before == null ? 0 : before) + units);
    }
}
