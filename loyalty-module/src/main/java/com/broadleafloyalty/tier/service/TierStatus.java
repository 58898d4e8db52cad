package com.broadleafloyalty.tier.service;

import com.broadleafloyalty.support.core.LoyaltyText;
import com.broadleafloyalty.support.core.MoneyAmount;
import com.broadleafloyalty.tier.core.QualifyingActivity;
import com.broadleafloyalty.tier.core.TierDefinition;
import com.broadleafloyalty.tier.core.TierProgress;

import java.math.BigDecimal;
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
    private final String currencyCode;

    /** {@code currencyCode}: the base currency, in which spend is counted. */
    public TierStatus(TierDefinition tier, TierProgress progress, QualifyingActivity activity, Date since,
            Date downgradeDue, int windowMonths, String currencyCode) {
        this.tier = tier;
        this.progress = progress;
        this.activity = activity;
        this.since = since;
        this.downgradeDue = downgradeDue;
        this.windowMonths = windowMonths;
        this.currencyCode = currencyCode;
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

    /** The earning multiplier of the tier (1 outside tiers), for a message to format in the reader's locale. */
    public BigDecimal getMultiplierValue() {
        return tier == null ? BigDecimal.ONE : tier.getMultiplier().stripTrailingZeros();
    }

    public List<String> getPerks() {
        return tier == null ? Collections.<String>emptyList() : tier.getPerks();
    }

    /** What is missing to reach the next tier (or that it is reached, or that this is the top), or null. */
    public LoyaltyText getProgressText() {
        return progress == null ? null : progress.text(currencyCode);
    }

    /** How far toward the next tier, 0 to 100, for a progress bar. */
    public int getPercentToNext() {
        return progress == null ? 0 : progress.percentToNext();
    }

    /** Qualified for the next tier, which applies from the next order. */
    public boolean isNextReached() {
        return progress != null && progress.isNextReached();
    }

    /** Spend in the window, in the base currency. */
    public MoneyAmount getSpend() {
        return new MoneyAmount(activity.getSpend(), currencyCode);
    }

    public String getCurrencyCode() {
        return currencyCode;
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
