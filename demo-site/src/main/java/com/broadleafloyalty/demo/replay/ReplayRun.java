package com.broadleafloyalty.demo.replay;

import com.broadleafloyalty.demo.replay.history.ExpectedPoints;
import com.broadleafloyalty.demo.replay.history.Invoice;
import com.broadleafloyalty.demo.replay.history.ReplayPlan;
import com.broadleafloyalty.demo.replay.history.ReplayStep;
import com.broadleafloyalty.demo.replay.history.ReturnRequest;
import com.broadleafloyalty.demo.replay.measure.CheckoutMeter;
import com.broadleafloyalty.demo.replay.measure.CheckoutStats;
import com.broadleafloyalty.demo.replay.shop.OrderPlacer;
import com.broadleafloyalty.demo.replay.shop.PlacedOrder;
import com.broadleafloyalty.demo.replay.shop.ReturnPlacer;
import com.broadleafloyalty.returns.service.ReturnOutcome;
import com.broadleafloyalty.support.config.LoyaltySwitch;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The replay loop. Every invoice is placed as a real order with the module on, so the whole history earns and
 * returns points and the ledger can be checked against {@link ExpectedPoints}. For the comparison, the invoices of
 * every {@code --compare-every}-th block are placed a second time, as comparison orders of the same customers, with
 * the module switched off; only those blocks are measured, in both modes. The same invoices in both modes make the
 * comparison paired. A compared block is taken {@code --interleave} invoices at a time, each group placed in both
 * modes before the next, the mode that goes first alternating from group to group: warm caches and a growing
 * database favour neither, and the machine's slower and faster moments (these machines are shared) fall on both
 * modes within seconds, where whole blocks of 200 left a few such moments to decide the ratio. The first block only
 * warms up both paths and is not measured.
 *
 * <p>The shop's clock (Broadleaf's {@code SystemTime}) is set to each invoice's and credit note's date in the file
 * (UTC), so orders, ledger entries and tier windows carry the history's dates, and the report's weeks and cohorts are
 * the history's; {@link #run} puts the clock back when it ends.
 */
final class ReplayRun {

    private static final Log LOG = LogFactory.getLog(ReplayRun.class);

    private final OrderPlacer placer;
    private final ReturnPlacer returns;
    private final LoyaltySwitch loyaltySwitch;
    private final Map<String, Long> customerIds;
    private final ExpectedPoints expected;
    private final ReplayOptions options;
    private final Map<Invoice, PlacedOrder> placed = new HashMap<Invoice, PlacedOrder>();
    private final List<Long> comparisonOrderIds = new ArrayList<Long>();
    private final ReplayOutcome outcome = new ReplayOutcome();
    private int comparedGroups;

    ReplayRun(OrderPlacer placer, ReturnPlacer returns, LoyaltySwitch loyaltySwitch, Map<String, Long> customerIds,
            ExpectedPoints expected, ReplayOptions options) {
        this.placer = placer;
        this.returns = returns;
        this.loyaltySwitch = loyaltySwitch;
        this.customerIds = customerIds;
        this.expected = expected;
        this.options = options;
    }

    ReplayOutcome run(ReplayPlan plan) throws Exception {
        try {
            return replay(plan);
        } finally {
            SystemTime.reset();
        }
    }

    private ReplayOutcome replay(ReplayPlan plan) throws Exception {
        long start = System.nanoTime();
        List<ReplayStep> steps = plan.getSteps();
        int comparedBlocks = Math.max(1, (plan.getSales().size() - options.warmup) / options.block
                / options.compareEvery);
        int sqlSpacing = Math.max(1, comparedBlocks / Math.max(1, options.sqlSamples));
        int from = 0;
        int compared = 0;
        for (int block = 0; from < steps.size(); block++) {
            boolean warmUp = block == 0 && options.warmup > 0;
            int to = blockEnd(steps, from, warmUp ? options.warmup : options.block);
            List<ReplayStep> part = steps.subList(from, to);
            int measuredBlock = options.warmup > 0 ? block - 1 : block;
            if (!warmUp && measuredBlock % options.compareEvery != 0) {
                replayWithModule(part, false, false);
            } else {
                boolean sampleSql = !warmUp && compared % sqlSpacing == 0
                        && outcome.sqlSamples.size() < options.sqlSamples;
                compareBlock(part, !warmUp, sampleSql);
                compared += warmUp ? 0 : 1;
            }
            from = to;
            LOG.info("Replayed " + outcome.ordersReplayed + " of " + plan.getSales().size() + " orders in "
                    + (System.nanoTime() - start) / 1_000_000_000L + " s");
        }
        outcome.elapsedNanos = System.nanoTime() - start;
        return outcome;
    }

    /** Compares the block's invoices {@code --interleave} at a time (with the returns that follow them). */
    private void compareBlock(List<ReplayStep> part, boolean measured, boolean sampleSql) throws Exception {
        int from = 0;
        while (from < part.size()) {
            int to = blockEnd(part, from, options.interleave);
            compare(part.subList(from, to), measured, sampleSql && from == 0, comparedGroups++ % 2 == 0);
            from = to;
        }
    }

    /** Places the group's invoices with the module and again, as comparison orders, without it. */
    private void compare(List<ReplayStep> part, boolean measured, boolean sampleSql, boolean withModuleFirst)
            throws Exception {
        if (withModuleFirst) {
            replayWithModule(part, measured, sampleSql);
            replayWithoutModule(part, measured, sampleSql);
        } else {
            replayWithoutModule(part, measured, sampleSql);
            replayWithModule(part, measured, sampleSql);
        }
    }

    /** The real orders placed, by invoice. */
    Map<Invoice, PlacedOrder> placedOrders() {
        return placed;
    }

    /** The orders placed without the module, only to measure its cost. */
    List<Long> comparisonOrderIds() {
        return comparisonOrderIds;
    }

    /** The end of a block of {@code sales} sales, with the returns that follow its last sale. */
    private static int blockEnd(List<ReplayStep> steps, int from, int sales) {
        int count = 0;
        int i = from;
        while (i < steps.size() && (count < sales || !(steps.get(i) instanceof Invoice))) {
            if (steps.get(i) instanceof Invoice) {
                count++;
            }
            i++;
        }
        return i;
    }

    private void replayWithModule(List<ReplayStep> part, boolean measured, boolean sampleSql) throws Exception {
        loyaltySwitch.setEnabled(true);
        boolean first = true;
        for (ReplayStep step : part) {
            clock(step.getDate());
            if (step instanceof Invoice) {
                PlacedOrder order = place((Invoice) step, measured, sampleSql && first, outcome.withModule);
                first = false;
                if (order != null) {
                    placed.put((Invoice) step, order);
                    expected.orderPlaced((Invoice) step);
                    outcome.ordersReplayed++;
                }
            } else {
                replayReturn((ReturnRequest) step);
            }
        }
    }

    private void replayWithoutModule(List<ReplayStep> part, boolean measured, boolean sampleSql) throws Exception {
        loyaltySwitch.setEnabled(false);
        try {
            boolean first = true;
            for (ReplayStep step : part) {
                if (step instanceof Invoice) {
                    clock(((Invoice) step).getDate());
                    PlacedOrder order = place((Invoice) step, measured, sampleSql && first, outcome.withoutModule);
                    if (order != null) {
                        comparisonOrderIds.add(order.getOrderId());
                        outcome.comparisonOrders++;
                    }
                    first = false;
                }
            }
        } finally {
            loyaltySwitch.setEnabled(true);
        }
    }

    /**
     * Places the invoice and records its measurements; a checkout whose SQL is logged is compared statement by
     * statement instead (logging slows it down).
     */
    private PlacedOrder place(Invoice invoice, boolean measured, boolean sampleSql, CheckoutStats stats) {
        CheckoutMeter meter = placer.meter();
        if (sampleSql) {
            meter.captureNext();
        }
        try {
            PlacedOrder order = placer.place(customerIds.get(invoice.getCustomerId()), invoice);
            if (sampleSql) {
                outcome.sqlSamples.record(invoice.getNumber() + " (" + invoice.getItems().size() + " items)",
                        loyaltySwitch.isEnabled(), meter.lastSql());
            } else if (measured) {
                stats.record(meter, placer.lastOrderNanos());
                outcome.pairs.record(invoice.getNumber(), loyaltySwitch.isEnabled(), meter.lastNanos());
            }
            return order;
        } catch (Exception e) {
            outcome.checkoutFailures++;
            LOG.warn("Checkout of invoice " + invoice.getNumber() + " failed", e);
            return null;
        }
    }

    private static void clock(LocalDateTime at) {
        SystemTime.setGlobalTimeSource(new FixedTimeSource(at.toInstant(ZoneOffset.UTC).toEpochMilli()));
    }

    private void replayReturn(ReturnRequest request) {
        PlacedOrder order = placed.get(request.getOrder());
        if (order == null) {
            outcome.returnsOfMissingOrders++;
        } else if (!returns.isAvailable()) {
            outcome.returnsNotAvailable++;
        } else {
            try {
                ReturnOutcome result = returns.returnItems(order, request);
                expected.itemsReturned(request);
                outcome.returnsReplayed++;
                outcome.pointsClawedBack += result.getPointsClawedBack();
            } catch (Exception e) {
                outcome.returnFailures++;
                LOG.warn("Return " + request.getCreditNote() + " of invoice " + request.getOrder() + " failed", e);
            }
        }
    }
}
