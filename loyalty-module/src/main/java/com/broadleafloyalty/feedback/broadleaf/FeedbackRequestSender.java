package com.broadleafloyalty.feedback.broadleaf;

import com.broadleafloyalty.feedback.service.OrderFeedbackService;
import org.broadleafcommerce.common.email.dao.EmailReportingDao;
import org.broadleafcommerce.common.email.domain.EmailTarget;
import org.broadleafcommerce.common.email.service.EmailService;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.email.service.message.MessageCreator;
import org.broadleafcommerce.common.email.service.message.NullMessageCreator;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.HashMap;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Sends "how was your order?" with the link to the feedback form, through Broadleaf's email service and the
 * template {@code emailTemplates/loyalty/feedbackRequest.html}. It uses {@code sendBasicEmail} with an unsaved
 * target rather than {@code sendTemplateEmail}, which would INSERT a BLC_EMAIL_TRACKING row per checkout: sending
 * needs no SQL. A site left on Broadleaf's default NullMessageCreator sends no mail at all (the demo shop): then this
 * sender does nothing either, instead of making Broadleaf log a warning on every checkout.
 */
public class FeedbackRequestSender {

    @Resource(name = "blEmailService")
    protected EmailService emailService;

    @Resource(name = "blEmailReportingDao")
    protected EmailReportingDao emailReportingDao;

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

    public void send(Customer customer, String orderNumber) {
        if (!canSend()) {
            return;
        }
        EmailTarget target = emailReportingDao.createTarget();
        target.setEmailAddress(customer.getEmailAddress());
        Map<String, Object> props = new HashMap<String, Object>();
        props.put("customer", customer);
        props.put("orderNumber", orderNumber);
        props.put("feedbackUrl", feedbackService.feedbackUrl(orderNumber));
        emailService.sendBasicEmail(emailInfo, target, props);
    }
}
