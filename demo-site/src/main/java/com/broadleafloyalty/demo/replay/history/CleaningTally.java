package com.broadleafloyalty.demo.replay.history;

/** What the replay left out of the file, and why: every line read is either replayed or counted here. */
public final class CleaningTally {

    long linesRead;
    long duplicateLines;
    long guestLines;
    long adjustmentLines;
    long feeLines;
    long unpricedLines;
    long wrongSignLines;
    int guestSales;
    int guestCancellations;
    int adjustments;
    int emptyInvoices;
    int salesBeyondLimit;
    int cancellationsBeyondLimit;
    long unmatchedReturnUnits;
    int unmatchedReturnLines;

    public long getLinesRead() {
        return linesRead;
    }

    /** Lines identical to an earlier line of the same invoice: dropped as recording errors. */
    public long getDuplicateLines() {
        return duplicateLines;
    }

    /** Lines without a CustomerID: guest orders earn nothing and are not replayed. */
    public long getGuestLines() {
        return guestLines;
    }

    public long getAdjustmentLines() {
        return adjustmentLines;
    }

    /** Lines whose stock code has no leading digit (postage, fees, manual lines, vouchers): not merchandise. */
    public long getFeeLines() {
        return feeLines;
    }

    /** Lines with a zero or negative unit price: free items add nothing to a subtotal. */
    public long getUnpricedLines() {
        return unpricedLines;
    }

    /** Sale lines with a quantity of zero or less, cancellation lines with zero or more (stock corrections). */
    public long getWrongSignLines() {
        return wrongSignLines;
    }

    public int getGuestSales() {
        return guestSales;
    }

    public int getGuestCancellations() {
        return guestCancellations;
    }

    public int getAdjustments() {
        return adjustments;
    }

    /** Invoices with no line left after cleaning (e.g. postage only). */
    public int getEmptyInvoices() {
        return emptyInvoices;
    }

    public int getSalesBeyondLimit() {
        return salesBeyondLimit;
    }

    public int getCancellationsBeyondLimit() {
        return cancellationsBeyondLimit;
    }

    /** Units cancelled for which no earlier order of the customer had the item left (sold before the file starts). */
    public long getUnmatchedReturnUnits() {
        return unmatchedReturnUnits;
    }

    public int getUnmatchedReturnLines() {
        return unmatchedReturnLines;
    }
}
