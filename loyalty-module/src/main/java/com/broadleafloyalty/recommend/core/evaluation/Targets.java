package com.broadleafloyalty.recommend.core.evaluation;

import java.util.Locale;

/**
 * What the engine must reach: in both settings an NDCG@10 above every baseline's; on the issue's split also a lead
 * over the shopper's own history in setting (a) and a multiple of popularity in setting (b). On the validation split
 * carved from the training period only the first is asked.
 */
public final class Targets {

    /** Issue 17 on the split at 2011-07-01: (a) at least 8 % above own history; (b) at least 3x popularity. */
    public static final Targets ISSUE = new Targets(0.08d, 3d);
    /** The validation split: above every baseline in both settings. */
    public static final Targets VALIDATION = new Targets(0d, 0d);

    private final double leadOverOwnHistory;
    private final double timesPopularity;

    public Targets(double leadOverOwnHistory, double timesPopularity) {
        this.leadOverOwnHistory = leadOverOwnHistory;
        this.timesPopularity = timesPopularity;
    }

    /** Setting (a): the engine's NDCG@10 over own history's, less one (0.08: 8 % more). */
    public double getLeadOverOwnHistory() {
        return leadOverOwnHistory;
    }

    /** Setting (b): the engine's NDCG@10 over popularity's. */
    public double getTimesPopularity() {
        return timesPopularity;
    }

    String describeAnyProduct() {
        return leadOverOwnHistory > 0d ? String.format(Locale.ROOT, "above every baseline and >= +%.0f %% over own "
                + "history", 100d * leadOverOwnHistory) : "above every baseline";
    }

    String describeNewProducts() {
        return timesPopularity > 0d ? String.format(Locale.ROOT, "above every baseline and >= %.2fx popularity",
                timesPopularity) : "above every baseline";
    }
}
