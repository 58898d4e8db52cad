package com.broadleafloyalty.lifecycle.service;

import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.core.MailOutcome;
import com.broadleafloyalty.engagement.service.OutgoingMail;
import com.broadleafloyalty.ledger.core.AccountPosition;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.LoyaltyProgram;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.lifecycle.core.DigestRewards;
import com.broadleafloyalty.lifecycle.core.LifecycleTriggers;
import com.broadleafloyalty.lifecycle.core.RewardChoice;
import com.broadleafloyalty.redemption.domain.RewardItem;
import com.broadleafloyalty.redemption.service.RedemptionService;
import com.broadleafloyalty.support.i18n.LoyaltyMessages;
import com.broadleafloyalty.support.i18n.MoneyFormat;
import com.broadleafloyalty.tier.service.LoyaltyTierService;
import com.broadleafloyalty.tier.service.TierStatus;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

/**
 * The monthly points digest, only to customers who opted in (email preferences page): balance and what the usable
 * points are worth, the rewards they buy now (or the next one to aim for), points expiring within the programme's
 * "expiring soon" window (30 days by default), tier and what the next tier needs. Once per customer and month.
 */
public class DigestMail extends LifecycleMail {

    static final int MAX_REWARDS = 3;

    @Resource(name = "blLoyaltyDigestEmailInfo")
    protected EmailInfo email;

    @Resource(name = "blLoyaltyPointsService")
    protected LoyaltyPointsService points;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blLoyaltyProgram")
    protected LoyaltyProgram program;

    @Resource(name = "blLoyaltyRedemptionService")
    protected RedemptionService redemptions;

    @Resource(name = "blLoyaltyTierService")
    protected LoyaltyTierService tiers;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blLoyaltyMessages")
    protected LoyaltyMessages messages;

    protected int dayOfMonth = 1;

    @Override
    protected MailCategory category() {
        return MailCategory.DIGEST;
    }

    @Override
    protected int sendDueTriggers(Date now) {
        LocalDate today = now.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        if (!LifecycleTriggers.isDigestDue(today, dayOfMonth)) {
            return 0;
        }
        return eachPage(after -> mails.digestSubscribers(after, pageSize()),
                customerId -> !mails.wasSent(LifecycleTriggers.digestKey(customerId, today))
                        && send(customerId, today));
    }

    private boolean send(Long customerId, LocalDate today) {
        try {
            Customer customer = customerService.readCustomerById(customerId);
            if (customer == null) {
                return false;
            }
            java.util.Locale locale = javaLocale(shopperLocales.localeOf(customer));
            AccountPosition position = ledger.position(customerId, 0);
            DigestRewards rewards = DigestRewards.choose(position.getAvailable(), catalog(), MAX_REWARDS);
            TierStatus status = tiers.status(customerId);
            OutgoingMail mail = new OutgoingMail(customer, MailCategory.DIGEST,
                    LifecycleTriggers.digestKey(customerId, today), email)
                    .with("balance", points.getBalance(customerId))
                    .with("available", position.getAvailable())
                    .with("availableValue", MoneyFormat.format(
                            program.getRedemptionRate().valueOf(position.getAvailable()), program.getBaseCurrency(),
                            locale))
                    .with("rewards", rewards.getAffordable())
                    .with("nextReward", rewards.getNextGoal())
                    .with("pointsToNextReward", rewards.getPointsToNextGoal())
                    .with("expiringPoints", position.getExpiringInWindow())
                    .with("expiringDays", program.getExpiringSoonDays())
                    .with("tierName", status == null || !status.isInTier() ? null : status.getTierName())
                    .with("nextTier", status == null || status.getProgressText() == null ? null
                            : messages.text(status.getProgressText(), locale));
            return mails.send(mail) == MailOutcome.SENT;
        } catch (RuntimeException e) {
            LOG.error("Digest email to customer " + customerId + " failed; the next run retries it", e);
            return false;
        }
    }

    private List<RewardChoice> catalog() {
        List<RewardChoice> choices = new ArrayList<RewardChoice>();
        for (RewardItem item : read(() -> redemptions.catalog())) {
            choices.add(new RewardChoice(item.getName(), item.getPointsCost(),
                    item.getStock() == null || item.getStock() > 0));
        }
        return choices;
    }

    /** From this day of each month on (a day past the month's end means its last day); 1 by default. */
    public void setDayOfMonth(int dayOfMonth) {
        if (dayOfMonth < 1 || dayOfMonth > 31) {
            throw new IllegalArgumentException("loyalty.lifecycle.digest.day must be 1 to 31, got " + dayOfMonth);
        }
        this.dayOfMonth = dayOfMonth;
    }
}
