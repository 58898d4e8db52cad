package com.broadleafloyalty.campaign.core;

import java.time.LocalDate;

/** What the audience conditions look at for one customer (for the preview's "in the audience or not"). */
public final class CustomerFacts {

    private final String tierName;
    private final String segmentCode;
    private final String phaseCode;
    private final boolean newsletterSubscriber;
    private final LocalDate lastOrderDay;

    public CustomerFacts(String tierName, String segmentCode, String phaseCode, boolean newsletterSubscriber,
            LocalDate lastOrderDay) {
        this.tierName = tierName;
        this.segmentCode = segmentCode;
        this.phaseCode = phaseCode;
        this.newsletterSubscriber = newsletterSubscriber;
        this.lastOrderDay = lastOrderDay;
    }

    public String getTierName() {
        return tierName;
    }

    public String getSegmentCode() {
        return segmentCode;
    }

    public String getPhaseCode() {
        return phaseCode;
    }

    public boolean isNewsletterSubscriber() {
        return newsletterSubscriber;
    }

    public LocalDate getLastOrderDay() {
        return lastOrderDay;
    }
}
