package com.broadleafloyalty.history.core;

/** What cleaning left out of a file, and why: every line read is either kept or counted here once. */
public final class CleaningTally {

    long linesRead;
    long linesKept;
    long duplicateLines;
    long adjustmentLines;
    long guestLines;
    long cancellationLines;
    long feeLines;
    long unpricedLines;
    long wrongSignLines;
    int adjustments;
    int guestSales;
    int guestCancellations;
    int cancellations;
    int emptyInvoices;

    public long getLinesRead() {
        return linesRead;
    }

    public long getLinesKept() {
        return linesKept;
    }

    /** Lines identical to an earlier line of the same invoice: dropped as recording errors. */
    public long getDuplicateLines() {
        return duplicateLines;
    }

    /** Lines of bad-debt adjustments (invoice A...). */
    public long getAdjustmentLines() {
        return adjustmentLines;
    }

    /** Lines without a CustomerID: guest orders earn nothing and are not customers of anyone's model. */
    public long getGuestLines() {
        return guestLines;
    }

    /** Credit-note lines of registered customers, under a policy that reads purchases only. */
    public long getCancellationLines() {
        return cancellationLines;
    }

    /** Lines whose stock code has no leading digit (postage, fees, manual lines, vouchers): not merchandise. */
    public long getFeeLines() {
        return feeLines;
    }

    /** Lines with a unit price of zero or less in whole pence: free items add nothing to a subtotal. */
    public long getUnpricedLines() {
        return unpricedLines;
    }

    /** Sale lines with a quantity of zero or less, credit-note lines with zero or more (stock corrections). */
    public long getWrongSignLines() {
        return wrongSignLines;
    }

    /** Bad-debt adjustment invoices. */
    public int getAdjustments() {
        return adjustments;
    }

    /** Sale invoices of guests. */
    public int getGuestSales() {
        return guestSales;
    }

    /** Credit notes of guests. */
    public int getGuestCancellations() {
        return guestCancellations;
    }

    /** Credit notes of registered customers left out, under a policy that reads purchases only. */
    public int getCancellations() {
        return cancellations;
    }

    /** Invoices of registered customers, of a kind the policy reads, with no line left after cleaning (e.g. postage only). */
    public int getEmptyInvoices() {
        return emptyInvoices;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%,d lines read, %,d kept; left out: %,d repeated lines, %,d lines"
                + " of %,d bad-debt adjustments, %,d guest lines (%,d sales, %,d credit notes), %,d lines of %,d credit"
                + " notes, %,d fee/service lines, %,d zero-price lines, %,d lines with the wrong quantity sign; %,d"
                + " invoices left empty", linesRead, linesKept, duplicateLines, adjustmentLines, adjustments,
                guestLines, guestSales, guestCancellations, cancellationLines, cancellations, feeLines, unpricedLines,
                wrongSignLines, emptyInvoices);
    }
}
