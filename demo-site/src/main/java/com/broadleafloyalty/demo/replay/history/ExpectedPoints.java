package com.broadleafloyalty.demo.replay.history;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The points the ledger should hold, worked out from the history alone (no Broadleaf, no module code), from the
 * rule the README states: an order earns {@code floor(subtotal x points / perAmount)} once, on its merchandise
 * subtotal. A return takes back what the order no longer earns: the points of the subtotal it kept before the
 * return minus the points of the subtotal it keeps after it, so an order returned in full ends at zero.
 */
public final class ExpectedPoints {

    private final BigDecimal points;
    private final BigDecimal perAmount;
    private final Map<String, Long> balances = new HashMap<String, Long>();
    private final Map<Invoice, BigDecimal> keptAmounts = new HashMap<Invoice, BigDecimal>();
    private final Map<Invoice, Long> earnedByOrder = new HashMap<Invoice, Long>();
    private long earned;
    private long clawedBack;

    public ExpectedPoints(long points, BigDecimal perAmount) {
        this.points = BigDecimal.valueOf(points);
        this.perAmount = perAmount;
    }

    public void orderPlaced(Invoice sale) {
        BigDecimal subtotal = sale.subtotal();
        long award = pointsFor(subtotal);
        keptAmounts.put(sale, subtotal);
        earnedByOrder.put(sale, award);
        earned += award;
        credit(sale.getCustomerId(), award);
    }

    public void itemsReturned(ReturnRequest request) {
        Invoice order = request.getOrder();
        BigDecimal keptBefore = keptAmounts.get(order);
        BigDecimal keptAfter = keptBefore.subtract(request.returnedAmount());
        keptAmounts.put(order, keptAfter);
        long clawback = pointsFor(keptBefore) - pointsFor(keptAfter);
        clawedBack += clawback;
        credit(order.getCustomerId(), -clawback);
    }

    /** Whole points for an amount, rounded down; nothing for zero or less. */
    long pointsFor(BigDecimal amount) {
        if (amount.signum() <= 0) {
            return 0;
        }
        return amount.multiply(points).divideToIntegralValue(perAmount).longValueExact();
    }

    private void credit(String customerId, long delta) {
        Long balance = balances.get(customerId);
        balances.put(customerId, (balance == null ? 0L : balance) + delta);
    }

    public long earned() {
        return earned;
    }

    public long clawedBack() {
        return clawedBack;
    }

    /** Expected balance by CustomerID (customers whose orders all earned nothing have 0). */
    public Map<String, Long> balances() {
        return balances;
    }

    /** Points the order's checkout should have awarded. */
    public long earnedBy(Invoice sale) {
        Long award = earnedByOrder.get(sale);
        return award == null ? 0L : award;
    }
}
