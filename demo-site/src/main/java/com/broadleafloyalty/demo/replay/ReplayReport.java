package com.broadleafloyalty.demo.replay;

import com.broadleafloyalty.demo.replay.history.ExpectedPoints;
import com.broadleafloyalty.demo.replay.history.ReplayPlan;
import com.broadleafloyalty.demo.replay.history.ReplayTally;
import com.broadleafloyalty.demo.replay.measure.CheckoutStats;
import com.broadleafloyalty.demo.replay.measure.SqlDiff;
import com.broadleafloyalty.history.core.CleaningTally;

import java.io.PrintStream;
import java.util.Locale;

/** The command's report on stdout; its last line is the one-line summary. */
final class ReplayReport {

    static final double OVERHEAD_TARGET = 1.10;
    static final double ADDED_SQL_TARGET = 4;

    private final PrintStream out;

    ReplayReport(PrintStream out) {
        this.out = out;
    }

    void history(ReplayPlan plan, int products, int customers) {
        ReplayTally r = plan.getTally();
        CleaningTally t = r.getCleaning();
        line("history: %,d lines, cleaned as %s; replaying %,d orders of %,d customers (%,d products: stock code x"
                + " price) and %,d returns", t.getLinesRead(), plan.getPolicy(), plan.getSales().size(), customers, products, plan.getReturns().size());
        line("  left out: %,d duplicate lines; %,d guest orders and %,d guest credit notes (%,d lines, no account to"
                + " credit); %,d bad-debt adjustments; %,d fee/service lines (stock code without a leading digit);"
                + " %,d zero-price lines; %,d lines with the wrong quantity sign; %,d invoices left empty",
                t.getDuplicateLines(), t.getGuestSales(), t.getGuestCancellations(), t.getGuestLines(),
                t.getAdjustments(), t.getFeeLines(), t.getUnpricedLines(), t.getWrongSignLines(), t.getEmptyInvoices());
        line("  %,d cancelled units (%,d lines) match no earlier order of the customer (sold before the file starts)"
                + "%s", r.getUnmatchedReturnUnits(), r.getUnmatchedReturnLines(), r.getSalesBeyondLimit() == 0 ? ""
                : String.format(Locale.ROOT, "; beyond --limit: %,d orders, %,d credit notes",
                        r.getSalesBeyondLimit(), r.getCancellationsBeyondLimit()));
    }

    void shop(long startMillis, long loadMillis) {
        line("shop: Broadleaf context with the loyalty module on in-memory H2 started in %.1f s; customers and"
                + " products loaded in %.1f s", startMillis / 1000.0, loadMillis / 1000.0);
    }

    void replay(ReplayOutcome o, ExpectedPoints expected, LedgerCheck ledger) {
        line("orders replayed: %,d with the module (%,d checkout failures), plus %,d comparison orders without it,"
                + " in %.0f s", o.getOrdersReplayed(), o.getCheckoutFailures(), o.getComparisonOrders(),
                o.getElapsedNanos() / 1e9);
        if (o.getReturnsNotAvailable() > 0) {
            line("returns: not available (no %s bean): %,d returns not replayed", "blLoyaltyReturnService",
                    o.getReturnsNotAvailable());
        } else {
            line("returns: %,d partial returns replayed (%,d failed, %,d of orders whose checkout failed)",
                    o.getReturnsReplayed(), o.getReturnFailures(), o.getReturnsOfMissingOrders());
        }
        line("points: ledger awarded %,d, clawed back %,d (return service reported %,d), other entries %,d",
                ledger.earned, ledger.clawedBack, o.getPointsClawedBack(), ledger.otherEntries);
        line("  independent calculation from the CSV: awarded %,d, clawed back %,d -> totals %s", expected.earned(),
                expected.clawedBack(), totalsEqual(expected, ledger) ? "equal" : "DIFFERENT");
        line("ledger verification: %,d orders and %,d customers checked against the calculation: %,d order and %,d"
                + " customer mismatches", ledger.ordersChecked, ledger.customersChecked, ledger.orderMismatches,
                ledger.customerMismatches);
        if (ledger.verification == null) {
            line("  module verification: not available (no %s bean)", ReplayCommand.VERIFICATION_BEAN);
        } else {
            line("  module verification (%s): %,d accounts, liability %,d points, %,d mismatches",
                    ReplayCommand.VERIFICATION_BEAN, ledger.verification.getAccountsChecked(),
                    ledger.verification.getLedgerTotal(), ledger.verificationMismatches());
        }
        for (String example : ledger.examples) {
            line("  mismatch: %s", example);
        }
    }

    void comparison(ReplayOutcome o, long moduleRows) {
        CheckoutStats on = o.getWithModule();
        CheckoutStats off = o.getWithoutModule();
        line("checkout comparison (the same %,d invoices in both modes; ratio = with / without, for counts the"
                + " difference; overhead = ratio of mean checkout time):", on.getCount());
        line("  %-28s %12s %12s %8s", "", "with module", "without", "ratio");
        row("checkout p50 (ms)", on.percentileMillis(50), off.percentileMillis(50));
        row("checkout p99 (ms)", on.percentileMillis(99), off.percentileMillis(99));
        row("checkout mean (ms)", on.meanCheckoutMillis(), off.meanCheckoutMillis());
        line("  %-28s %12s %12s %8.2f", "checkout, median of pairs", "", "", o.getPairs().medianRatio());
        row("cart and payment mean (ms)", on.meanCartMillis(), off.meanCartMillis());
        row("throughput (checkouts/s)", on.checkoutsPerSecond(), off.checkoutsPerSecond());
        row("throughput (whole orders/s)", on.ordersPerSecond(), off.ordersPerSecond());
        line("  %-28s %12.2f %12.2f %+8.2f", "SQL statements per checkout", on.statementsPerCheckout(),
                off.statementsPerCheckout(), addedSql(o));
        line("  %-28s %12.2f %12.2f %+8.2f", "Hibernate flushes/checkout", on.flushesPerCheckout(),
                off.flushesPerCheckout(), on.flushesPerCheckout() - off.flushesPerCheckout());
        line("  %-28s %12.2f %12.2f %+8.2f", "transactions per checkout", on.transactionsPerCheckout(),
                off.transactionsPerCheckout(), on.transactionsPerCheckout() - off.transactionsPerCheckout());
        for (int i = 0; i < o.getSqlSamples().size(); i++) {
            SqlDiff diff = o.getSqlSamples().getDiffs().get(i);
            line("  module SQL in the checkout of invoice %s: %d added, %d removed",
                    o.getSqlSamples().getInvoices().get(i), diff.getAdded().size(), diff.getRemoved().size());
            for (String statement : diff.getAdded()) {
                line("    + %s", statement);
            }
            for (String statement : diff.getRemoved()) {
                line("    - %s", statement);
            }
        }
        line("  id allocation (outside Hibernate's count): %,d module rows -> about %.2f statements per order",
                moduleRows, ModuleRows.allocationStatementsPerOrder(moduleRows, o.getOrdersReplayed()));
    }

    void summary(ReplayOutcome o, LedgerCheck ledger, ExpectedPoints expected) {
        double overhead = overhead(o);
        double added = addedSql(o);
        line("targets: ledger mismatches %d (%s); totals equal to the calculation (%s); overhead %.2f <= %.2f (%s);"
                + " added SQL %.2f <= %.0f (%s)", ledger.mismatches(), met(ledger.mismatches() == 0),
                met(totalsEqual(expected, ledger)), overhead, OVERHEAD_TARGET, met(overhead <= OVERHEAD_TARGET),
                added, ADDED_SQL_TARGET, met(added <= ADDED_SQL_TARGET));
        line("replay: orders=%d mismatches=%d overhead=%.2f added_sql=%s", o.getOrdersReplayed(),
                ledger.mismatches(), overhead, oneDecimal(added));
    }

    static double overhead(ReplayOutcome o) {
        double without = o.getWithoutModule().meanCheckoutMillis();
        return without == 0 ? 0 : o.getWithModule().meanCheckoutMillis() / without;
    }

    static double addedSql(ReplayOutcome o) {
        return o.getWithModule().statementsPerCheckout() - o.getWithoutModule().statementsPerCheckout();
    }

    static boolean totalsEqual(ExpectedPoints expected, LedgerCheck ledger) {
        return expected.earned() == ledger.earned && expected.clawedBack() == ledger.clawedBack;
    }

    private static String oneDecimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static String met(boolean met) {
        return met ? "met" : "MISSED";
    }

    private void row(String name, double with, double without) {
        line("  %-28s %12.2f %12.2f %8.2f", name, with, without, without == 0 ? 0 : with / without);
    }

    private void line(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }
}
