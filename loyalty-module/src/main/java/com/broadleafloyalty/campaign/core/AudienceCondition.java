package com.broadleafloyalty.campaign.core;

/** One condition an audience may use; a campaign's audience is the AND of the chosen ones. */
public enum AudienceCondition {
    TIER_AT_LEAST,
    SEGMENT,
    PHASE,
    NEWSLETTER,
    LAST_ORDER_BEFORE,
    LAST_ORDER_AFTER
}
