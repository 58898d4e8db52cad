package com.broadleafloyalty.demo.replay.history;

import com.broadleafloyalty.history.core.OrderLine;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A cleaned invoice of a registered customer: a sale to place as an order, or a cancellation to return. */
public final class Invoice implements ReplayStep {

    private final String number;
    private final LocalDateTime date;
    private final String customerId;
    private final List<InvoiceItem> items;

    public Invoice(String number, LocalDateTime date, String customerId, List<InvoiceItem> items) {
        this.number = number;
        this.date = date;
        this.customerId = customerId;
        this.items = Collections.unmodifiableList(items);
    }

    /**
     * The kept lines of a cleaned history as invoices, in order of their first line. Lines of one product at one
     * price are merged into one item; an invoice is dated by its earliest line.
     */
    public static List<Invoice> of(List<OrderLine> lines) {
        Map<String, List<OrderLine>> byNumber = new LinkedHashMap<String, List<OrderLine>>();
        for (OrderLine line : lines) {
            byNumber.computeIfAbsent(line.getInvoiceNo(), number -> new ArrayList<OrderLine>()).add(line);
        }
        List<Invoice> invoices = new ArrayList<Invoice>(byNumber.size());
        for (Map.Entry<String, List<OrderLine>> entry : byNumber.entrySet()) {
            invoices.add(of(entry.getKey(), entry.getValue()));
        }
        return invoices;
    }

    private static Invoice of(String number, List<OrderLine> lines) {
        Map<String, InvoiceItem> items = new LinkedHashMap<String, InvoiceItem>();
        long earliest = Long.MAX_VALUE;
        OrderLine dated = null;
        for (OrderLine line : lines) {
            // A credit note's lines are written with negative quantities: the units sent back.
            int units = Math.toIntExact(line.isCancellation() ? -line.getQuantity() : line.getQuantity());
            String key = InvoiceItem.key(line.getStockCode(), line.getUnitPrice());
            InvoiceItem known = items.get(key);
            String description = line.getDescription().isEmpty() ? line.getStockCode() : line.getDescription();
            items.put(key, known == null ? new InvoiceItem(line.getStockCode(), description, line.getUnitPrice(),
                    units) : known.plus(units));
            if (line.getPurchasedAtMillis() < earliest) {
                earliest = line.getPurchasedAtMillis();
                dated = line;
            }
        }
        return new Invoice(number, dated.getInvoiceDate(), lines.get(0).getCustomerId(),
                new ArrayList<InvoiceItem>(items.values()));
    }

    public String getNumber() {
        return number;
    }

    @Override
    public LocalDateTime getDate() {
        return date;
    }

    public String getCustomerId() {
        return customerId;
    }

    public List<InvoiceItem> getItems() {
        return items;
    }

    public boolean isCancellation() {
        return number.startsWith("C");
    }

    /** The merchandise amount: quantity times unit price over every item, unrounded. */
    public BigDecimal subtotal() {
        BigDecimal total = BigDecimal.ZERO;
        for (InvoiceItem item : items) {
            total = total.add(item.amount());
        }
        return total;
    }

    @Override
    public String toString() {
        return number;
    }
}
