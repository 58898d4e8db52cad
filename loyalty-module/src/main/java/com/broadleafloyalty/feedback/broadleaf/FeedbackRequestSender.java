package com.broadleafloyalty.feedback.broadleaf;

import com.broadleafloyalty.feedback.service.OrderFeedbackService;
import com.broadleafloyalty.support.i18n.ShopperEmails;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.email.service.message.MessageCreator;
import org.broadleafcommerce.common.email.service.message.NullMessageCreator;
import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.HashMap;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Sends "how was your order?" with the link to the feedback form, through Broadleaf's email service and the
 * template {@code emailTemplates/loyalty/feedbackRequest.html}, in the shopper's language. It is sent untracked
 * (Broadleaf's {@code sendBasicEmail} with an unsaved target) rather than with {@code sendTemplateEmail}, which would
 * INSERT a BLC_EMAIL_TRACKING row per checkout: sending needs no SQL. A site left on Broadleaf's default
 * NullMessageCreator sends no mail at all (the demo shop): then this sender does nothing either, instead of making
 * Broadleaf log a warning on every checkout.
 */
public class FeedbackRequestSender {

    @Resource(name = "blLoyaltyShopperEmails")
    protected ShopperEmails shopperEmails;

    @Resource(name = "blLoyaltyFeedbackRequestEmailInfo")
    protected EmailInfo emailInfo;

    @Resource(name = "blLoyaltyOrderFeedbackService")
    protected OrderFeedbackService feedbackService;

    @Resource(name = "blMessageCreator")
    protected MessageCreator messageCreator;

    /** False when the site configured no mail (Broadleaf's NullMessageCreator). */
    public boolean canSend() {
        return messageCreator != null && !(messageCreator instanceof NullMessageCreator);
    }

    /** {@code orderLocale}: the order's locale, for a shopper whose account has none (may be null). */
    public void send(Customer customer, String orderNumber, Locale orderLocale) {
        if (!canSend()) {
            return;
        }
        Map<String, Object> props = new HashMap<String, Object>();
        props.put("orderNumber", orderNumber);
        props.put("feedbackUrl", feedbackService.feedbackUrl(orderNumber));
        shopperEmails.send(customer, orderLocale, emailInfo, props, false);
    }
}
