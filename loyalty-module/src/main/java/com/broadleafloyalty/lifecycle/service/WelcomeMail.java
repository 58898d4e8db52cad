package com.broadleafloyalty.lifecycle.service;

import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.core.MailOutcome;
import com.broadleafloyalty.engagement.service.OutgoingMail;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.lifecycle.core.LifecycleTriggers;
import com.broadleafloyalty.support.i18n.LoyaltyMessages;
import com.broadleafloyalty.tier.service.LoyaltyTierService;
import com.broadleafloyalty.tier.service.TierStatus;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

import java.util.Date;

import javax.annotation.Resource;

/** Welcome to the programme after a customer's first order: balance, how points work, the next tier. */
public class WelcomeMail extends LifecycleMail {

    @Resource(name = "blLoyaltyWelcomeEmailInfo")
    protected EmailInfo email;

    @Resource(name = "blLoyaltyPointsService")
    protected LoyaltyPointsService points;

    @Resource(name = "blLoyaltyTierService")
    protected LoyaltyTierService tiers;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blLoyaltyMessages")
    protected LoyaltyMessages messages;

    protected int withinDays = 7;

    @Override
    protected MailCategory category() {
        return MailCategory.WELCOME;
    }

    @Override
    protected int sendDueTriggers(Date now) {
        Date since = LifecycleTriggers.welcomeSince(now, withinDays);
        return eachPage(after -> dao.readCustomersWithFirstOrderSince(since, after, pageSize()),
                customerId -> !mails.wasSent(LifecycleTriggers.welcomeKey(customerId)) && send(customerId));
    }

    private boolean send(Long customerId) {
        try {
            Customer customer = customerService.readCustomerById(customerId);
            if (customer == null) {
                return false;
            }
            java.util.Locale locale = javaLocale(shopperLocales.localeOf(customer));
            TierStatus status = tiers.status(customerId);
            String nextTier = status == null || status.getProgressText() == null ? null
                    : messages.text(status.getProgressText(), locale);
            OutgoingMail mail = new OutgoingMail(customer, MailCategory.WELCOME,
                    LifecycleTriggers.welcomeKey(customerId), email)
                    .with("balance", points.getBalance(customerId))
                    .with("tierName", status == null || !status.isInTier() ? null : status.getTierName())
                    .with("nextTier", nextTier);
            return mails.send(mail) == MailOutcome.SENT;
        } catch (RuntimeException e) {
            LOG.error("Welcome email to customer " + customerId + " failed; the next run retries it", e);
            return false;
        }
    }

    public void setWithinDays(int withinDays) {
        this.withinDays = withinDays;
    }
}
