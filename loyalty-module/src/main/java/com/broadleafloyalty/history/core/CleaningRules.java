package com.broadleafloyalty.history.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Which order lines are purchases a recommender may learn from. Dropped: guest lines (no CustomerID), cancellations
 * (invoice starting with C) and bad-debt adjustments (A), non-positive quantity or price, and stock codes that are
 * services or fees rather than products (those not starting with a digit: POST, D, M, DOT, BANK CHARGES, ...).
 */
public final class CleaningRules {

    private CleaningRules() {
    }

    public static boolean isPurchase(OrderLine line) {
        return !line.getCustomerId().isEmpty()
                && !line.getInvoiceNo().isEmpty()
                && line.getInvoiceNo().charAt(0) != 'C'
                && line.getInvoiceNo().charAt(0) != 'A'
                && line.getQuantity() > 0
                && line.getUnitPrice().signum() > 0
                && isProduct(line.getStockCode());
    }

    public static boolean isProduct(String stockCode) {
        return !stockCode.isEmpty() && Character.isDigit(stockCode.charAt(0));
    }

    public static List<OrderLine> purchases(List<OrderLine> lines) {
        List<OrderLine> kept = new ArrayList<OrderLine>();
        for (OrderLine line : lines) {
            if (isPurchase(line)) {
                kept.add(line);
            }
        }
        return kept;
    }
}
