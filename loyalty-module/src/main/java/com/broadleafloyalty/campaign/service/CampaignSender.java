package com.broadleafloyalty.campaign.service;

import com.broadleafloyalty.campaign.core.AudienceCriteria;
import com.broadleafloyalty.campaign.core.CampaignStatus;
import com.broadleafloyalty.campaign.core.RecipientStatus;
import com.broadleafloyalty.campaign.core.SendRetry;
import com.broadleafloyalty.campaign.dao.CampaignDao;
import com.broadleafloyalty.campaign.domain.Campaign;
import com.broadleafloyalty.campaign.domain.CampaignRecipient;
import com.broadleafloyalty.campaign.domain.CampaignRecipientImpl;
import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.core.MailOutcome;
import com.broadleafloyalty.engagement.service.EngagementMailService;
import com.broadleafloyalty.engagement.service.OutgoingMail;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.vip.service.VipOfferService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.annotation.Resource;

/**
 * Sends a campaign: freezes its audience into {@code LOY_CAMPAIGN_RECIPIENT} when sending starts (one node does it,
 * under the campaign's row lock), then takes recipients one by one with a conditional update (so two nodes never take
 * the same one) and mails each through the engagement door with the trigger key {@code campaign:<id>:<customer>}. A
 * crash leaves at most the recipients it held as CLAIMED; once their claim is stale a later run takes them again, and
 * the door's unique trigger key answers "already sent" for a mail that went, so nobody gets it twice. A recipient whose
 * mail failed (the door answered FAILED or threw, e.g. the mail server is down) waits as WILL_RETRY and is claimed
 * again the same conditional way once its back-off has passed ({@link SendRetry}); after the last retry it is FAILED.
 */
public class CampaignSender {

    private static final Log LOG = LogFactory.getLog(CampaignSender.class);

    @Resource(name = "blLoyaltyCampaignDao")
    protected CampaignDao dao;

    @Resource(name = "blLoyaltyCampaignService")
    protected CampaignService campaigns;

    @Resource(name = "blLoyaltyCampaignMailer")
    protected CampaignMailer mailer;

    @Resource(name = "blLoyaltyEngagementMailService")
    protected EngagementMailService mails;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blLoyaltyVipOfferService")
    protected VipOfferService vipOffers;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    /** A claim older than this is taken to be a crashed sender's. */
    protected long staleClaimMillis = 10 * 60_000L;

    /** When a failed mail is tried again, and how often. */
    protected SendRetry retry = SendRetry.defaults();

    public static String triggerKey(Long campaignId, Long customerId) {
        return "campaign:" + campaignId + ":" + customerId;
    }

    /** The ledger's source of a campaign's bonus: unique per campaign and customer (source id = customer). */
    public static String bonusSource(Long campaignId) {
        return "CAMPAIGN_" + campaignId;
    }

    /**
     * Freezes the audience of a scheduled campaign whose time has come and marks it SENDING; false when it is not
     * (any more) scheduled and due, e.g. another node started it.
     */
    public boolean start(Long campaignId, Date now) {
        return inTransaction(() -> {
            Campaign campaign = dao.lock(campaignId);
            if (campaign == null || !CampaignStatus.SCHEDULED.name().equals(campaign.getStatus())
                    || campaign.getScheduledAt() == null || campaign.getScheduledAt().after(now)) {
                return false;
            }
            AudienceCriteria criteria = campaigns.draftOf(campaign).criteria();
            List<Long> audience = campaigns.audienceOf(criteria);
            for (Long customerId : audience) {
                CampaignRecipient recipient = new CampaignRecipientImpl();
                recipient.setCampaignId(campaignId);
                recipient.setCustomerId(customerId);
                recipient.setStatus(RecipientStatus.PENDING.name());
                dao.insertRecipient(recipient);
            }
            campaign.setAudienceSize(audience.size());
            campaign.setStatus(CampaignStatus.SENDING.name());
            campaign.setStartedAt(now);
            return true;
        });
    }

    /** Sends to at most {@code limit} recipients of a SENDING campaign; returns how many emails went. */
    public int sendSome(Long campaignId, int limit) {
        Campaign campaign = inTransaction(() -> dao.read(campaignId));
        if (campaign == null || !CampaignStatus.SENDING.name().equals(campaign.getStatus()) || limit <= 0) {
            return 0;
        }
        int sent = 0;
        int tried = 0;
        while (tried < limit) {
            Date now = SystemTime.asDate();
            Date staleBefore = new Date(now.getTime() - staleClaimMillis);
            List<CampaignRecipient> batch = inTransaction(() -> dao.readSendable(campaignId, staleBefore, now,
                    limit));
            if (batch.isEmpty()) {
                break;
            }
            for (CampaignRecipient recipient : batch) {
                if (tried >= limit) {
                    break;
                }
                if (!inTransaction(() -> dao.claim(recipient.getId(), staleBefore, SystemTime.asDate()))) {
                    continue;
                }
                tried++;
                if (sendTo(campaign, recipient) == RecipientStatus.SENT) {
                    sent++;
                }
            }
        }
        finishIfDone(campaignId);
        return sent;
    }

    /**
     * One claimed recipient: the mail, then the bonus (only for a mail that went), then its status: final, or
     * WILL_RETRY with the time of the next try when the mail failed and a retry is left.
     */
    protected RecipientStatus sendTo(Campaign campaign, CampaignRecipient recipient) {
        RecipientStatus status = mailOrFail(campaign, recipient);
        mailed(campaign, recipient, status);
        if (status == RecipientStatus.SENT && campaign.getBonusPoints() > 0) {
            // Idempotent: the ledger's unique source key (CAMPAIGN_<id>, customer) keeps it to one credit.
            ledger.credit(Posting.of(recipient.getCustomerId(), PointsEntryType.BONUS, campaign.getBonusPoints(),
                    bonusSource(campaign.getId()), recipient.getCustomerId()).reason("Campaign: " + campaign.getName()));
        }
        Date now = SystemTime.asDate();
        return inTransaction(() -> {
            CampaignRecipient row = dao.readRecipient(recipient.getId());
            RecipientStatus recorded = status;
            row.setRetryAt(null);
            if (status == RecipientStatus.FAILED) {
                row.setFailedAttempts(row.getFailedAttempts() + 1);
                long nextTry = retry.nextTryAfter(row.getFailedAttempts(), now.getTime());
                if (nextTry >= 0) {
                    recorded = RecipientStatus.WILL_RETRY;
                    row.setRetryAt(new Date(nextTry));
                }
            }
            row.setStatus(recorded.name());
            if (status == RecipientStatus.SENT) {
                row.setSentAt(now);
                row.setOrderWindowEnd(new Date(now.getTime() + campaign.getResultDays() * 86_400_000L));
            }
            return recorded;
        });
    }

    private RecipientStatus mailOrFail(Campaign campaign, CampaignRecipient recipient) {
        try {
            return mail(campaign, recipient.getCustomerId());
        } catch (RuntimeException e) {
            LOG.error("Campaign " + campaign.getId() + " could not mail customer " + recipient.getCustomerId(), e);
            return RecipientStatus.FAILED;
        }
    }

    /** A hook between the mail and its recorded status (tests use it to stop a sender there, as a crash would). */
    protected void mailed(Campaign campaign, CampaignRecipient recipient, RecipientStatus status) {
    }

    private RecipientStatus mail(Campaign campaign, Long customerId) {
        Customer customer = inTransaction(() -> customerService.readCustomerById(customerId));
        if (customer == null) {
            return RecipientStatus.SKIPPED;
        }
        CampaignMailer.Letter letter = mailer.letterFor(campaign, customer);
        OutgoingMail mail = new OutgoingMail(customer, MailCategory.CAMPAIGN,
                triggerKey(campaign.getId(), customerId), letter.getEmail());
        for (Map.Entry<String, Object> entry : letter.getModel().entrySet()) {
            mail.with(entry.getKey(), entry.getValue());
        }
        if (campaign.getOfferId() != null && !mails.wasSent(mail.getTriggerKey())) {
            mail.with("offerCode", personalCode(campaign, customerId));
        }
        MailOutcome outcome = mails.send(mail);
        switch (outcome) {
            case SENT:
            case ALREADY_SENT:
                return RecipientStatus.SENT;
            case UNSUBSCRIBED:
                return RecipientStatus.OPTED_OUT;
            case CAPPED:
                return RecipientStatus.CAPPED;
            case NOT_SENDABLE:
                return RecipientStatus.SKIPPED;
            default:
                return RecipientStatus.FAILED;
        }
    }

    /** The customer's one code for the offer (the same each time); a lost race on another node is read again. */
    private String personalCode(Campaign campaign, Long customerId) {
        String reason = "campaign " + campaign.getId();
        try {
            return inTransaction(() -> vipOffers.personalCodeFor(campaign.getOfferId(), customerId, reason));
        } catch (RuntimeException e) {
            return inTransaction(() -> vipOffers.personalCodeFor(campaign.getOfferId(), customerId, reason));
        }
    }

    /** SENDING with nobody left to mail (every recipient final, no retry left to wait for): SENT. */
    public void finishIfDone(Long campaignId) {
        inTransaction(() -> {
            for (String status : dao.countByStatus(campaignId).keySet()) {
                if (!RecipientStatus.valueOf(status).isFinal()) {
                    return null;
                }
            }
            Campaign campaign = dao.lock(campaignId);
            if (campaign != null && CampaignStatus.SENDING.name().equals(campaign.getStatus())) {
                campaign.setStatus(CampaignStatus.SENT.name());
                campaign.setFinishedAt(SystemTime.asDate());
            }
            return null;
        });
    }

    private <T> T inTransaction(Supplier<T> work) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template.execute(status -> work.get());
    }

    public void setStaleClaimMinutes(int minutes) {
        this.staleClaimMillis = minutes * 60_000L;
    }

    public void setStaleClaimMillis(long millis) {
        this.staleClaimMillis = millis;
    }

    public void setRetry(SendRetry retry) {
        this.retry = retry;
    }

    public SendRetry getRetry() {
        return retry;
    }
}
