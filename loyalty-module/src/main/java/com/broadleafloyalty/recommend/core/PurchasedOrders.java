package com.broadleafloyalty.recommend.core;

import com.broadleafloyalty.history.core.OrderLine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups purchase lines into orders by invoice number, keeping the file's order of first appearance; reads the
 * products' names from them.
 */
public final class PurchasedOrders {

    private PurchasedOrders() {
    }

    public static List<PurchasedOrder> fromLines(List<OrderLine> purchases) {
        Map<String, List<OrderLine>> byInvoice = new LinkedHashMap<String, List<OrderLine>>();
        for (OrderLine line : purchases) {
            List<OrderLine> lines = byInvoice.get(line.getInvoiceNo());
            if (lines == null) {
                lines = new ArrayList<OrderLine>();
                byInvoice.put(line.getInvoiceNo(), lines);
            }
            lines.add(line);
        }
        List<PurchasedOrder> orders = new ArrayList<PurchasedOrder>(byInvoice.size());
        for (List<OrderLine> lines : byInvoice.values()) {
            Set<String> products = new LinkedHashSet<String>();
            long orderedAt = Long.MAX_VALUE;
            for (OrderLine line : lines) {
                products.add(line.getStockCode());
                orderedAt = Math.min(orderedAt, line.getPurchasedAtMillis());
            }
            orders.add(new PurchasedOrder(lines.get(0).getCustomerId(), orderedAt, products));
        }
        return orders;
    }

    /** Each product's name: the description of its latest line (a line without one names nothing). */
    public static Map<String, String> namesFromLines(List<OrderLine> purchases) {
        Map<String, OrderLine> latest = new HashMap<String, OrderLine>();
        for (OrderLine line : purchases) {
            OrderLine named = latest.get(line.getStockCode());
            if (line.getDescription() != null && !line.getDescription().trim().isEmpty()
                    && (named == null || line.getPurchasedAtMillis() >= named.getPurchasedAtMillis())) {
                latest.put(line.getStockCode(), line);
            }
        }
        Map<String, String> names = new HashMap<String, String>(latest.size() * 2);
        for (Map.Entry<String, OrderLine> product : latest.entrySet()) {
            names.put(product.getKey(), product.getValue().getDescription().trim());
        }
        return names;
    }
}
