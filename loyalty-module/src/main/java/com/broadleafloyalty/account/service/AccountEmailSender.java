package com.broadleafloyalty.account.service;

import org.broadleafcommerce.common.email.service.EmailService;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

import java.util.HashMap;
import java.util.Map;

import javax.annotation.Resource;

/** Birthday and anniversary greetings through Broadleaf's email service (templates loyalty/birthday, loyalty/anniversary). */
public class AccountEmailSender {

    @Resource(name = "blEmailService")
    protected EmailService emailService;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blLoyaltyBirthdayEmailInfo")
    protected EmailInfo birthdayEmail;

    @Resource(name = "blLoyaltyAnniversaryEmailInfo")
    protected EmailInfo anniversaryEmail;

    public void sendYearlyBonus(Long customerId, long points, boolean birthday) {
        Customer customer = customerService.readCustomerById(customerId);
        if (customer == null || customer.getEmailAddress() == null) {
            return;
        }
        Map<String, Object> props = new HashMap<String, Object>();
        props.put("customer", customer);
        props.put("points", points);
        emailService.sendTemplateEmail(customer.getEmailAddress(), birthday ? birthdayEmail : anniversaryEmail, props);
    }
}
