package com.broadleafloyalty.tier.domain;

import java.io.Serializable;
import java.util.Date;

/** One entry of a customer's tier history (LOY_TIER_CHANGE): TierChanged from, to, why, when. */
public interface TierChange extends Serializable {

    Long getId();

    Long getCustomerId();

    void setCustomerId(Long customerId);

    /** Tier names as they were at the change; null for "no tier". */
    String getFromTier();

    void setFromTier(String fromTier);

    String getToTier();

    void setToTier(String toTier);

    String getReason();

    void setReason(String reason);

    Date getChangeDate();

    void setChangeDate(Date changeDate);

    /**
     * What makes the change unique (with the customer): the order for a checkout upgrade, the day for the nightly
     * job. A second node evaluating the same customer the same night fails on it instead of writing twice.
     */
    String getChangeKey();

    void setChangeKey(String changeKey);
}
