package com.broadleafloyalty.campaign.service;

import com.broadleafloyalty.campaign.core.RecipientStatus;

import java.util.Map;

/** How far a campaign's sending is: its frozen recipients by outcome. */
public final class CampaignProgress {

    private final Map<String, Long> counts;

    public CampaignProgress(Map<String, Long> counts) {
        this.counts = counts;
    }

    private long count(RecipientStatus status) {
        Long count = counts.get(status.name());
        return count == null ? 0 : count;
    }

    public long getSent() {
        return count(RecipientStatus.SENT);
    }

    /** Failed on the last allowed try: never mailed. */
    public long getFailed() {
        return count(RecipientStatus.FAILED);
    }

    /** Failed so far, tried again by a later run once the back-off has passed. */
    public long getWillRetry() {
        return count(RecipientStatus.WILL_RETRY);
    }

    public long getOptedOut() {
        return count(RecipientStatus.OPTED_OUT);
    }

    public long getCapped() {
        return count(RecipientStatus.CAPPED);
    }

    /** Not mailable: no address, erased, mail switched off. */
    public long getSkipped() {
        return count(RecipientStatus.SKIPPED);
    }

    /** Not tried yet, or being tried now (failed ones waiting for a retry are {@link #getWillRetry()}). */
    public long getRemaining() {
        return count(RecipientStatus.PENDING) + count(RecipientStatus.CLAIMED);
    }

    public long getTotal() {
        long total = 0;
        for (Long count : counts.values()) {
            total += count;
        }
        return total;
    }
}
