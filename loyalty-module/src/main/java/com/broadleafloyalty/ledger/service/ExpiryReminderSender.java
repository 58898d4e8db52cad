package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.ledger.domain.EarnedBatch;
import com.broadleafloyalty.support.i18n.ShopperEmails;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Sends "your points expire soon" through Broadleaf's email service (template loyalty/expiryReminder), in the
 * shopper's language.
 */
public class ExpiryReminderSender {

    @Resource(name = "blLoyaltyShopperEmails")
    protected ShopperEmails shopperEmails;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blLoyaltyExpiryReminderEmailInfo")
    protected EmailInfo emailInfo;

    public void send(Long customerId, List<EarnedBatch> batches) {
        Customer customer = customerService.readCustomerById(customerId);
        if (customer == null || customer.getEmailAddress() == null) {
            return;
        }
        long points = 0;
        Date first = null;
        for (EarnedBatch batch : batches) {
            points += batch.getRemaining();
            if (first == null || batch.getExpiresAt().before(first)) {
                first = batch.getExpiresAt();
            }
        }
        Map<String, Object> props = new HashMap<String, Object>();
        props.put("points", points);
        props.put("expiresOn", first);
        shopperEmails.send(customer, emailInfo, props, true);
    }
}
