package com.broadleafloyalty.campaign.domain;

import java.io.Serializable;
import java.util.Date;

/** One customer of a campaign's frozen audience and what became of their email (unique per campaign and customer). */
public interface CampaignRecipient extends Serializable {

    Long getId();

    Long getCampaignId();

    void setCampaignId(Long campaignId);

    Long getCustomerId();

    void setCustomerId(Long customerId);

    String getStatus();

    void setStatus(String status);

    Date getClaimedAt();

    void setClaimedAt(Date claimedAt);

    Date getSentAt();

    void setSentAt(Date sentAt);

    /** How many tries of this recipient's mail failed (0 when none; null in rows older than retries). */
    int getFailedAttempts();

    void setFailedAttempts(int failedAttempts);

    /** When a WILL_RETRY recipient may be taken again; null otherwise. */
    Date getRetryAt();

    void setRetryAt(Date retryAt);

    Date getOrderWindowEnd();

    void setOrderWindowEnd(Date orderWindowEnd);
}
