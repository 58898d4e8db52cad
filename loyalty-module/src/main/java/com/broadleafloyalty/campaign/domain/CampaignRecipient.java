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

    Date getOrderWindowEnd();

    void setOrderWindowEnd(Date orderWindowEnd);
}
