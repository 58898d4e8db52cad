package com.broadleafloyalty.campaign.service;

import com.broadleafloyalty.campaign.core.AudienceCriteria;
import com.broadleafloyalty.campaign.core.CampaignDraft;
import com.broadleafloyalty.campaign.core.CampaignRefusedException;
import com.broadleafloyalty.campaign.domain.Campaign;
import com.broadleafloyalty.support.core.LoyaltyText;

import java.util.Date;
import java.util.List;

/**
 * The campaigns door (Loyalty > Campaigns): audiences, drafts, preview and test send, scheduling, the background
 * sending and each campaign's progress and results. Every change an admin makes is recorded through the audit door;
 * every refusal is a {@link CampaignRefusedException} carrying a sentence key, and changes nothing.
 */
public interface CampaignService {

    /** Newest first. */
    List<Campaign> campaigns(int limit);

    /** @throws CampaignRefusedException no such campaign */
    Campaign campaign(Long campaignId);

    /** What is wrong with the draft (its names checked against the shop's tiers, its offer against the offers). */
    List<LoyaltyText> problemsOf(CampaignDraft draft);

    /**
     * Creates ({@code campaignId} null) or changes a draft or scheduled campaign.
     *
     * @throws CampaignRefusedException the draft's first problem, or the campaign is being sent or done
     */
    Campaign save(Long campaignId, CampaignDraft draft, String adminLogin);

    /** The draft of a saved campaign, as its form shows it. */
    CampaignDraft draftOf(Campaign campaign);

    /** The customers the audience reaches now, ascending (the AND of its conditions). */
    List<Long> audienceOf(AudienceCriteria criteria);

    /** How many customers the audience reaches now. */
    int audienceSize(AudienceCriteria criteria);

    /**
     * The email for one real customer, found by email address or id.
     *
     * @throws CampaignRefusedException no such campaign or customer
     */
    CampaignPreview preview(Long campaignId, String customerRef);

    /**
     * Sends the email as {@code customerRef} would get it to {@code address} (Broadleaf's email service; not a
     * customer mail: no tracking, no cap, no bonus, not counted).
     */
    void sendTest(Long campaignId, String customerRef, String address, String adminLogin);

    /** @throws CampaignRefusedException not editable, or {@code at} is not in the future */
    Campaign schedule(Long campaignId, Date at, String adminLogin);

    /** Schedules the campaign for now and starts the sending job on this node at once. */
    Campaign sendNow(Long campaignId, String adminLogin);

    /** @throws CampaignRefusedException the campaign is not scheduled */
    Campaign cancel(Long campaignId, String adminLogin);

    CampaignProgress progress(Long campaignId);

    CampaignResults results(Long campaignId);
}
