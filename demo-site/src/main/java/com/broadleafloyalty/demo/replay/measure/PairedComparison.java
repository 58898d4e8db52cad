package com.broadleafloyalty.demo.replay.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checkout times of the same invoice with and without the module, paired: the median of the per-invoice ratios is
 * robust to what a mean is not (a garbage collection or another process's burst landing on a few checkouts).
 */
public final class PairedComparison {

    private final Map<String, Long> withModule = new HashMap<String, Long>();
    private final Map<String, Long> withoutModule = new HashMap<String, Long>();
    private final List<Double> ratios = new ArrayList<Double>();

    public void record(String invoice, boolean moduleOn, long checkoutNanos) {
        Long other = (moduleOn ? withoutModule : withModule).remove(invoice);
        if (other == null) {
            (moduleOn ? withModule : withoutModule).put(invoice, checkoutNanos);
        } else {
            ratios.add(moduleOn ? (double) checkoutNanos / other : (double) other / checkoutNanos);
        }
    }

    public int pairs() {
        return ratios.size();
    }

    /** Median over invoices of (checkout time with the module / without it); 0 without pairs. */
    public double medianRatio() {
        if (ratios.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<Double>(ratios);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
