package com.broadleafloyalty.demo.replay.measure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The SQL of a few invoices' checkouts in both modes, paired into the statements the module adds. */
public final class SqlSamples {

    private final Map<String, List<String>> waiting = new HashMap<String, List<String>>();
    private final List<String> invoices = new ArrayList<String>();
    private final List<SqlDiff> diffs = new ArrayList<SqlDiff>();

    /** Records one checkout's SQL; the second of an invoice's two checkouts completes a sample. */
    public void record(String invoice, boolean moduleOn, List<String> sql) {
        List<String> other = waiting.remove(invoice);
        if (other == null) {
            waiting.put(invoice, sql);
        } else {
            invoices.add(invoice);
            diffs.add(moduleOn ? SqlDiff.between(sql, other) : SqlDiff.between(other, sql));
        }
    }

    public int size() {
        return diffs.size();
    }

    /** The invoice of each sample, e.g. {@code 536460 (14 items)}. */
    public List<String> getInvoices() {
        return invoices;
    }

    public List<SqlDiff> getDiffs() {
        return diffs;
    }
}
