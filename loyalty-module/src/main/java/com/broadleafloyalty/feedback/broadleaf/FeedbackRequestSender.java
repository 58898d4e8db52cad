package com.broadleafloyalty.feedback.broadleaf;

import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.core.MailOutcome;
import com.broadleafloyalty.engagement.service.EngagementMailService;
import com.broadleafloyalty.engagement.service.OutgoingMail;
import com.broadleafloyalty.feedback.service.OrderFeedbackService;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.profile.core.domain.Customer;

import javax.annotation.Resource;

/**
 * Sends "how was your order?" with the link to the feedback form (template {@code emailTemplates/loyalty/
 * feedbackRequest.html}) through the engagement door like every other email of the module: category FEEDBACK (a
 * shopper can unsubscribe from it, the cap applies, opens are tracked), once per order across nodes (trigger key
 * {@code FEEDBACK:<order number>}), never to an erased customer. A site left on Broadleaf's default
 * NullMessageCreator sends no mail at all (the demo shop): then this sender does nothing either.
 */
public class FeedbackRequestSender {

    @Resource(name = "blLoyaltyEngagementMailService")
    protected EngagementMailService mails;

    @Resource(name = "blLoyaltyFeedbackRequestEmailInfo")
    protected EmailInfo emailInfo;

    @Resource(name = "blLoyaltyOrderFeedbackService")
    protected OrderFeedbackService feedbackService;

    /** False when the site configured no mail, or switched feedback requests off. */
    public boolean canSend() {
        return mails.canSend(MailCategory.FEEDBACK);
    }

    /** {@code orderLocale}: the order's locale, for a shopper whose account has none (may be null). */
    public MailOutcome send(Customer customer, String orderNumber, Locale orderLocale) {
        return mails.send(new OutgoingMail(customer, MailCategory.FEEDBACK, "FEEDBACK:" + orderNumber, emailInfo)
                .with("orderNumber", orderNumber)
                .with("feedbackUrl", feedbackService.feedbackUrl(orderNumber))
                .aboutOrderIn(orderLocale));
    }
}
