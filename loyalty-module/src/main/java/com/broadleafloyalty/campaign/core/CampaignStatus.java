package com.broadleafloyalty.campaign.core;

/** Where a campaign is: edited, waiting for its time, being sent, done, or called off before it started. */
public enum CampaignStatus {
    DRAFT,
    SCHEDULED,
    SENDING,
    SENT,
    CANCELLED;

    /** Its text and audience may still change (nobody was mailed yet). */
    public boolean isEditable() {
        return this == DRAFT || this == SCHEDULED;
    }
}
