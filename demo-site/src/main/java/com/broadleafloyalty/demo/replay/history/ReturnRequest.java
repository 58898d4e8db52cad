package com.broadleafloyalty.demo.replay.history;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Map;

/**
 * The part of one cancellation invoice (a credit note) that sends back items of one earlier order: the quantities
 * by item key ({@link InvoiceItem#key()}) of that order.
 */
public final class ReturnRequest implements ReplayStep {

    private final String creditNote;
    private final LocalDateTime date;
    private final Invoice order;
    private final Map<String, Integer> quantitiesByItemKey;

    public ReturnRequest(String creditNote, LocalDateTime date, Invoice order,
            Map<String, Integer> quantitiesByItemKey) {
        this.creditNote = creditNote;
        this.date = date;
        this.order = order;
        this.quantitiesByItemKey = Collections.unmodifiableMap(quantitiesByItemKey);
    }

    public String getCreditNote() {
        return creditNote;
    }

    @Override
    public LocalDateTime getDate() {
        return date;
    }

    /** The sale invoice whose items come back. */
    public Invoice getOrder() {
        return order;
    }

    public Map<String, Integer> getQuantitiesByItemKey() {
        return quantitiesByItemKey;
    }

    /** The merchandise amount sent back, at the prices of the original order. */
    public BigDecimal returnedAmount() {
        BigDecimal total = BigDecimal.ZERO;
        for (InvoiceItem item : order.getItems()) {
            Integer quantity = quantitiesByItemKey.get(item.key());
            if (quantity != null) {
                total = total.add(item.getUnitPrice().multiply(BigDecimal.valueOf(quantity)));
            }
        }
        return total;
    }
}
