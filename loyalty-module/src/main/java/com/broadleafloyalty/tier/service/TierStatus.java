package com.broadleafloyalty.tier.service;

import com.broadleafloyalty.tier.core.QualifyingActivity;
import com.broadleafloyalty.tier.core.TierDefinition;
import com.broadleafloyalty.tier.core.TierProgress;

import java.util.Collections;
import java.util.Date;
import java.util.List;

/** What the storefront and the admin show about a customer's tier. */
public final class TierStatus {

    private final TierDefinition tier;
    private final TierProgress progress;
    private final QualifyingActivity activity;
    private final Date since;
    private final Date downgradeDue;
    private final int windowMonths;

    public TierStatus(TierDefinition tier, TierProgress progress, QualifyingActivity activity, Date since,
            Date downgradeDue, int windowMonths) {
        this.tier = tier;
        this.progress = progress;
        this.activity = activity;
        this.since = since;
        this.downgradeDue = downgradeDue;
        this.windowMonths = windowMonths;
    }

    public boolean isInTier() {
        return tier != null;
    }

    public String getTierName() {
        return tier == null ? null : tier.getName();
    }

    public String getMultiplier() {
        return tier == null ? "1" : tier.getMultiplier().stripTrailingZeros().toPlainString();
    }

    public List<String> getPerks() {
        return tier == null ? Collections.<String>emptyList() : tier.getPerks();
    }

    public String getProgressSentence() {
        return progress == null ? "" : progress.sentence();
    }

    public String getNextTierName() {
        return progress == null || progress.getNext() == null ? null : progress.getNext().getName();
    }

    public TierProgress getProgress() {
        return progress;
    }

    public QualifyingActivity getActivity() {
        return activity;
    }

    public Date getSince() {
        return since;
    }

    public Date getDowngradeDue() {
        return downgradeDue;
    }

    public int getWindowMonths() {
        return windowMonths;
    }
}
