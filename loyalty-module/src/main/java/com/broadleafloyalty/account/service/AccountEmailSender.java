package com.broadleafloyalty.account.service;

import com.broadleafloyalty.support.i18n.ShopperEmails;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

import java.util.HashMap;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Birthday and anniversary greetings through Broadleaf's email service (templates loyalty/birthday,
 * loyalty/anniversary), in the shopper's language.
 */
public class AccountEmailSender {

    @Resource(name = "blLoyaltyShopperEmails")
    protected ShopperEmails shopperEmails;

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
        props.put("points", points);
        shopperEmails.send(customer, birthday ? birthdayEmail : anniversaryEmail, props, true);
    }
}
