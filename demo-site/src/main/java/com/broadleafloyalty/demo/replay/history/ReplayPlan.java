package com.broadleafloyalty.demo.replay.history;

import com.broadleafloyalty.history.core.CleaningPolicy;
import com.broadleafloyalty.history.core.OrderHistory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the replay does, in the shop's date order: place each sale invoice as an order, and turn each cancellation
 * into returns of earlier orders. Sales of a minute come before that minute's cancellations; otherwise file order.
 * The history is read with {@link CleaningPolicy#PURCHASES_AND_CANCELLATIONS_AS_RETURNS}.
 */
public final class ReplayPlan {

    private static final Comparator<Invoice> CHRONOLOGICAL = Comparator.comparing(Invoice::getDate)
            .thenComparing(Invoice::isCancellation);

    private final List<ReplayStep> steps;
    private final List<Invoice> sales;
    private final List<ReturnRequest> returns;
    private final ReplayTally tally;

    private ReplayPlan(List<ReplayStep> steps, List<Invoice> sales, List<ReturnRequest> returns, ReplayTally tally) {
        this.steps = Collections.unmodifiableList(steps);
        this.sales = Collections.unmodifiableList(sales);
        this.returns = Collections.unmodifiableList(returns);
        this.tally = tally;
    }

    /** The plan up to the first sale beyond {@code saleLimit} sales (cancellations before that sale included). */
    public static ReplayPlan of(OrderHistory history, int saleLimit) {
        if (history.getPolicy() != CleaningPolicy.PURCHASES_AND_CANCELLATIONS_AS_RETURNS) {
            throw new IllegalArgumentException("The replay places returns too: read the history with "
                    + CleaningPolicy.PURCHASES_AND_CANCELLATIONS_AS_RETURNS + ", not " + history.getPolicy());
        }
        List<Invoice> invoices = Invoice.of(history.getLines());
        invoices.sort(CHRONOLOGICAL);
        ReplayTally tally = new ReplayTally(history.getTally());
        ReturnMatcher matcher = new ReturnMatcher(tally);
        List<ReplayStep> steps = new ArrayList<ReplayStep>();
        List<Invoice> sales = new ArrayList<Invoice>();
        List<ReturnRequest> returns = new ArrayList<ReturnRequest>();
        boolean beyondLimit = false;
        for (Invoice invoice : invoices) {
            beyondLimit = beyondLimit || (!invoice.isCancellation() && sales.size() >= saleLimit);
            if (beyondLimit) {
                if (invoice.isCancellation()) {
                    tally.cancellationsBeyondLimit++;
                } else {
                    tally.salesBeyondLimit++;
                }
            } else if (invoice.isCancellation()) {
                List<ReturnRequest> matched = matcher.match(invoice);
                steps.addAll(matched);
                returns.addAll(matched);
            } else {
                matcher.recordSale(invoice);
                steps.add(invoice);
                sales.add(invoice);
            }
        }
        return new ReplayPlan(steps, sales, returns, tally);
    }

    public List<ReplayStep> getSteps() {
        return steps;
    }

    public List<Invoice> getSales() {
        return sales;
    }

    public List<ReturnRequest> getReturns() {
        return returns;
    }

    public CleaningPolicy getPolicy() {
        return CleaningPolicy.PURCHASES_AND_CANCELLATIONS_AS_RETURNS;
    }

    public ReplayTally getTally() {
        return tally;
    }

    /** The CustomerIDs that place the plan's orders, in order of their first order. */
    public Set<String> customers() {
        Set<String> customers = new LinkedHashSet<String>();
        for (Invoice sale : sales) {
            customers.add(sale.getCustomerId());
        }
        return customers;
    }

    /** One catalog entry per stock code and price sold, keyed by {@link InvoiceItem#key()}. */
    public Map<String, InvoiceItem> catalog() {
        Map<String, InvoiceItem> catalog = new LinkedHashMap<String, InvoiceItem>();
        for (Invoice sale : sales) {
            for (InvoiceItem item : sale.getItems()) {
                if (!catalog.containsKey(item.key())) {
                    catalog.put(item.key(), item);
                }
            }
        }
        return catalog;
    }
}
