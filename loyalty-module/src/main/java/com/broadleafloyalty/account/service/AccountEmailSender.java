package com.broadleafloyalty.account.service;

import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.service.EngagementMailService;
import com.broadleafloyalty.engagement.service.OutgoingMail;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

import javax.annotation.Resource;

/**
 * Birthday and anniversary greetings (templates loyalty/birthday, loyalty/anniversary) in the shopper's language,
 * through the engagement door: category GREETINGS (unsubscribe, cap), one per customer, kind and year.
 */
public class AccountEmailSender {

    @Resource(name = "blLoyaltyEngagementMailService")
    protected EngagementMailService mails;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blLoyaltyBirthdayEmailInfo")
    protected EmailInfo birthdayEmail;

    @Resource(name = "blLoyaltyAnniversaryEmailInfo")
    protected EmailInfo anniversaryEmail;

    public void sendYearlyBonus(Long customerId, long points, boolean birthday, int year) {
        Customer customer = customerService.readCustomerById(customerId);
        if (customer == null || customer.getEmailAddress() == null) {
            return;
        }
        mails.send(new OutgoingMail(customer, MailCategory.GREETINGS,
                (birthday ? "BIRTHDAY:" : "ANNIVERSARY:") + customerId + ":" + year,
                birthday ? birthdayEmail : anniversaryEmail)
                .with("points", points));
    }
}
