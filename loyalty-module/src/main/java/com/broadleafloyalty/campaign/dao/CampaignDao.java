package com.broadleafloyalty.campaign.dao;

import com.broadleafloyalty.campaign.domain.Campaign;
import com.broadleafloyalty.campaign.domain.CampaignRecipient;

import java.util.Date;
import java.util.List;
import java.util.Map;

public interface CampaignDao {

    Campaign create();

    Campaign save(Campaign campaign);

    Campaign read(Long campaignId);

    /** The campaign's row locked for the rest of the transaction (two nodes starting it serialise here). */
    Campaign lock(Long campaignId);

    /** Newest first. */
    List<Campaign> readRecent(int limit);

    /** Scheduled campaigns whose time has come, and campaigns being sent. */
    List<Long> readDueIds(Date now);

    /** Registered customers whose latest submitted order is before {@code before} (aggregate over the orders). */
    List<Long> readCustomersWithLastOrderBefore(Date before);

    /** Registered customers whose latest submitted order is at or after {@code from}. */
    List<Long> readCustomersWithLastOrderFrom(Date from);

    /** The customer's latest submitted order's date, or null. */
    Date readLastOrderDate(Long customerId);

    void insertRecipient(CampaignRecipient recipient);

    CampaignRecipient readRecipient(Long recipientId);

    /**
     * Recipients to send: pending ones, claimed ones whose claim is older than {@code staleBefore}, and failed ones
     * waiting for a retry whose time is at or before {@code now}.
     */
    List<CampaignRecipient> readSendable(Long campaignId, Date staleBefore, Date now, int limit);

    /**
     * Takes the recipient for this sender: true when this update changed the row (it was pending, its claim was
     * stale, or its retry was due), false when another sender took it first.
     */
    boolean claim(Long recipientId, Date claimedBefore, Date now);

    /** Recipients per status. */
    Map<String, Long> countByStatus(Long campaignId);

    /**
     * Of the recipients the email reached: how many placed a submitted (not cancelled) order between the email and
     * the end of its order window, and those orders' total.
     */
    Object[] readOrderResults(Long campaignId);
}
