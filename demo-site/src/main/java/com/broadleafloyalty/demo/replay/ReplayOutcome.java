package com.broadleafloyalty.demo.replay;

import com.broadleafloyalty.demo.replay.measure.CheckoutStats;
import com.broadleafloyalty.demo.replay.measure.PairedComparison;
import com.broadleafloyalty.demo.replay.measure.SqlSamples;

/** What the replay loop did: orders and returns placed, failures, and the measurements of both modes. */
public final class ReplayOutcome {

    final CheckoutStats withModule = new CheckoutStats();
    final CheckoutStats withoutModule = new CheckoutStats();
    final PairedComparison pairs = new PairedComparison();
    final SqlSamples sqlSamples = new SqlSamples();
    int ordersReplayed;
    int comparisonOrders;
    int checkoutFailures;
    int returnsReplayed;
    int returnsNotAvailable;
    int returnFailures;
    int returnsOfMissingOrders;
    long pointsClawedBack;
    long elapsedNanos;

    public CheckoutStats getWithModule() {
        return withModule;
    }

    public CheckoutStats getWithoutModule() {
        return withoutModule;
    }

    /** Real orders: the history's invoices, replayed with the module on. */
    public int getOrdersReplayed() {
        return ordersReplayed;
    }

    /** Copies of the same invoices checked out with the module off, for the comparison only. */
    public int getComparisonOrders() {
        return comparisonOrders;
    }

    public int getCheckoutFailures() {
        return checkoutFailures;
    }

    public int getReturnsReplayed() {
        return returnsReplayed;
    }

    public int getReturnsNotAvailable() {
        return returnsNotAvailable;
    }

    public int getReturnFailures() {
        return returnFailures;
    }

    /** Returns of orders whose checkout had failed: nothing to return. */
    public int getReturnsOfMissingOrders() {
        return returnsOfMissingOrders;
    }

    /** Sum of what the return service reported clawing back. */
    public long getPointsClawedBack() {
        return pointsClawedBack;
    }

    public PairedComparison getPairs() {
        return pairs;
    }

    public SqlSamples getSqlSamples() {
        return sqlSamples;
    }

    public long getElapsedNanos() {
        return elapsedNanos;
    }
}
