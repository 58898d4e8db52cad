package com.broadleafloyalty.history.core;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An order-history file read by {@link OrderHistoryCsv} and cleaned by one {@link CleaningPolicy}: the kept lines in
 * file order (unit prices in whole pence) and a {@link CleaningTally} of what was left out.
 */
public final class OrderHistory {

    private final CleaningPolicy policy;
    private final List<OrderLine> lines;
    private final CleaningTally tally;

    private OrderHistory(CleaningPolicy policy, List<OrderLine> lines, CleaningTally tally) {
        this.policy = policy;
        this.lines = Collections.unmodifiableList(lines);
        this.tally = tally;
    }

    public static OrderHistory read(Path file, CleaningPolicy policy) throws IOException {
        Cleaning cleaning = new Cleaning(policy);
        OrderHistoryCsv.read(file, cleaning);
        return cleaning.finish();
    }

    public static OrderHistory read(Reader source, CleaningPolicy policy) throws IOException {
        Cleaning cleaning = new Cleaning(policy);
        OrderHistoryCsv.read(source, cleaning);
        return cleaning.finish();
    }

    /** Lines already read (e.g. built in a test), cleaned as a file would be. */
    public static OrderHistory of(List<OrderLine> read, CleaningPolicy policy) {
        Cleaning cleaning = new Cleaning(policy);
        read.forEach(cleaning);
        return cleaning.finish();
    }

    public CleaningPolicy getPolicy() {
        return policy;
    }

    /** The kept lines, in file order: sales, and under a policy that keeps them, credit-note lines. */
    public List<OrderLine> getLines() {
        return lines;
    }

    public CleaningTally getTally() {
        return tally;
    }

    /** Judges each line as it is read; keeps what it needs to count invoices, not lines. */
    private static final class Cleaning implements Consumer<OrderLine> {

        private final CleaningPolicy policy;
        private final CleaningTally tally = new CleaningTally();
        private final List<OrderLine> kept = new ArrayList<OrderLine>();
        private final Set<OrderLine> seen = new HashSet<OrderLine>();
        /** Per invoice: lines kept, or -1 once it is counted as left out as a whole (guest, adjustment, ...). */
        private final Map<String, int[]> keptByInvoice = new HashMap<String, int[]>();

        Cleaning(CleaningPolicy policy) {
            this.policy = policy;
        }

        @Override
        public void accept(OrderLine line) {
            tally.linesRead++;
            if (!seen.add(line)) {
                tally.duplicateLines++;
                return;
            }
            int[] invoice = keptByInvoice.get(line.getInvoiceNo());
            boolean firstOfInvoice = invoice == null;
            if (firstOfInvoice) {
                invoice = new int[1];
                keptByInvoice.put(line.getInvoiceNo(), invoice);
            }
            CleaningPolicy.LeftOut verdict = policy.judge(line);
            switch (verdict) {
                case KEPT:
                    kept.add(CleaningPolicy.kept(line));
                    tally.linesKept++;
                    if (invoice[0] >= 0) {
                        invoice[0]++;
                    }
                    return;
                case ADJUSTMENT:
                    tally.adjustmentLines++;
                    break;
                case GUEST:
                    tally.guestLines++;
                    break;
                case CANCELLATION:
                    tally.cancellationLines++;
                    break;
                case FEE:
                    tally.feeLines++;
                    return;
                case UNPRICED:
                    tally.unpricedLines++;
                    return;
                case WRONG_SIGN:
                    tally.wrongSignLines++;
                    return;
                default:
                    throw new IllegalStateException("Unknown verdict " + verdict);
            }
            // Left out as a whole invoice: counted once, and never counted as an empty invoice.
            if (invoice[0] >= 0) {
                invoice[0] = -1;
                countInvoice(verdict, line);
            }
        }

        private void countInvoice(CleaningPolicy.LeftOut verdict, OrderLine line) {
            if (verdict == CleaningPolicy.LeftOut.ADJUSTMENT) {
                tally.adjustments++;
            } else if (verdict == CleaningPolicy.LeftOut.CANCELLATION) {
                tally.cancellations++;
            } else if (line.isCancellation()) {
                tally.guestCancellations++;
            } else {
                tally.guestSales++;
            }
        }

        OrderHistory finish() {
            for (int[] invoice : keptByInvoice.values()) {
                if (invoice[0] == 0) {
                    tally.emptyInvoices++;
                }
            }
            return new OrderHistory(policy, kept, tally);
        }
    }
}
