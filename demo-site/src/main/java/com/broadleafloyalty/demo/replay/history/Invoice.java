package com.broadleafloyalty.demo.replay.history;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;

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
