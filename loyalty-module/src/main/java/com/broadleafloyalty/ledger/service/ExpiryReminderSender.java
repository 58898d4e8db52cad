package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.core.MailOutcome;
import com.broadleafloyalty.engagement.service.EngagementMailService;
import com.broadleafloyalty.engagement.service.OutgoingMail;
import com.broadleafloyalty.ledger.domain.EarnedBatch;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

/**
 * Sends "your points expire soon" (template loyalty/expiryReminder) in the shopper's language, through the
 * engagement door: category POINTS_EXPIRY (unsubscribe, cap), keyed by the customer and the first reminded batch.
 */
public class ExpiryReminderSender {

    @Resource(name = "blLoyaltyEngagementMailService")
    protected EngagementMailService mails;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blLoyaltyExpiryReminderEmailInfo")
    protected EmailInfo emailInfo;

    /** Throws when the mail server failed, so the caller frees the batches for the next run. */
    public void send(Long customerId, List<EarnedBatch> batches) {
        Customer customer = customerService.readCustomerById(customerId);
        if (customer == null || customer.getEmailAddress() == null) {
            return;
        }
        long points = 0;
        Date first = null;
        Long firstBatchId = null;
        for (EarnedBatch batch : batches) {
            points += batch.getRemaining();
            if (first == null || batch.getExpiresAt().before(first)) {
                first = batch.getExpiresAt();
            }
            if (firstBatchId == null || batch.getId() < firstBatchId) {
                firstBatchId = batch.getId();
            }
        }
        MailOutcome outcome = mails.send(new OutgoingMail(customer, MailCategory.POINTS_EXPIRY,
                "EXPIRY:" + customerId + ":" + firstBatchId, emailInfo)
                .with("points", points)
                .with("expiresOn", first));
        if (outcome == MailOutcome.FAILED) {
            throw new IllegalStateException("The mail server did not take the expiry reminder to customer "
                    + customerId);
        }
    }
}
