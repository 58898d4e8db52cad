package com.broadleafloyalty.demo.replay.history;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Collects a file's lines by invoice and cleans them into the invoices the replay places or returns. Kept: lines of
 * registered customers, merchandise (stock code starting with a digit), a price above zero, and the quantity sign
 * of the invoice kind; unit prices in whole pence. Identical lines within an invoice are counted once. Lines of one
 * product at one price are merged into one item.
 */
public final class OrderHistory implements Consumer<InvoiceLine> {

    /** The shop charges whole pence: a unit price is rounded as Broadleaf rounds money (half-even, 2 places). */
    private static final int PENCE = 2;

    private final Map<String, Set<InvoiceLine>> linesByInvoice = new LinkedHashMap<String, Set<InvoiceLine>>();
    private final CleaningTally tally = new CleaningTally();

    @Override
    public void accept(InvoiceLine line) {
        tally.linesRead++;
        Set<InvoiceLine> lines = linesByInvoice.get(line.getInvoiceNo());
        if (lines == null) {
            lines = new LinkedHashSet<InvoiceLine>();
            linesByInvoice.put(line.getInvoiceNo(), lines);
        }
        if (!lines.add(line)) {
            tally.duplicateLines++;
        }
    }

    public CleaningTally getTally() {
        return tally;
    }

    /** The cleaned invoices of registered customers (sales and cancellations), in file order. */
    public List<Invoice> invoices() {
        List<Invoice> invoices = new ArrayList<Invoice>();
        for (Map.Entry<String, Set<InvoiceLine>> entry : linesByInvoice.entrySet()) {
            Invoice invoice = clean(entry.getKey(), entry.getValue());
            if (invoice != null) {
                invoices.add(invoice);
            }
        }
        return invoices;
    }

    private Invoice clean(String number, Set<InvoiceLine> lines) {
        InvoiceLine first = lines.iterator().next();
        boolean cancellation = number.startsWith("C");
        if (number.startsWith("A")) {
            tally.adjustments++;
            tally.adjustmentLines += lines.size();
            return null;
        }
        if (first.getCustomerId().isEmpty()) {
            if (cancellation) {
                tally.guestCancellations++;
            } else {
                tally.guestSales++;
            }
            tally.guestLines += lines.size();
            return null;
        }
        Map<String, InvoiceItem> items = new LinkedHashMap<String, InvoiceItem>();
        for (InvoiceLine line : lines) {
            int units = cancellation ? -line.getQuantity() : line.getQuantity();
            if (!line.isMerchandise()) {
                tally.feeLines++;
            } else if (line.getUnitPrice().setScale(PENCE, RoundingMode.HALF_EVEN).signum() <= 0) {
                tally.unpricedLines++;
            } else if (units <= 0) {
                tally.wrongSignLines++;
            } else {
                add(items, line, units);
            }
        }
        if (items.isEmpty()) {
            tally.emptyInvoices++;
            return null;
        }
        return new Invoice(number, first.getInvoiceDate(), first.getCustomerId(),
                new ArrayList<InvoiceItem>(items.values()));
    }

    private static void add(Map<String, InvoiceItem> items, InvoiceLine line, int units) {
        BigDecimal price = line.getUnitPrice().setScale(PENCE, RoundingMode.HALF_EVEN);
        String key = InvoiceItem.key(line.getStockCode(), price);
        InvoiceItem known = items.get(key);
        String description = line.getDescription().isEmpty() ? line.getStockCode() : line.getDescription();
        items.put(key, known == null ? new InvoiceItem(line.getStockCode(), description, price, units)
                : known.plus(units));
    }
}
