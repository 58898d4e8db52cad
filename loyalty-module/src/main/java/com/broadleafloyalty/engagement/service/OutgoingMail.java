package com.broadleafloyalty.engagement.service;

import com.broadleafloyalty.engagement.core.MailCategory;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.HashMap;
import java.util.Map;

/**
 * One email to send through the engagement door: to whom, its category (for unsubscribe and settings), the key of
 * its trigger (unique across the database: {@code WELCOME:42}, {@code CART:1234}), the Broadleaf email (template and
 * subject key) and the template's model. The door adds {@code mailLinks} (tracking pixel, click and unsubscribe links)
 * and {@code customer} to the model.
 */
public final class OutgoingMail {

    private final Customer customer;
    private final MailCategory category;
    private final String triggerKey;
    private final EmailInfo email;
    private final Map<String, Object> model = new HashMap<String, Object>();
    private Locale orderLocale;

    public OutgoingMail(Customer customer, MailCategory category, String triggerKey, EmailInfo email) {
        if (customer == null || category == null || triggerKey == null || triggerKey.isEmpty() || email == null) {
            throw new IllegalArgumentException("An outgoing mail needs a customer, a category, a trigger key and an "
                    + "email");
        }
        if (triggerKey.length() > 120) {
            throw new IllegalArgumentException("A trigger key has at most 120 characters: " + triggerKey);
        }
        this.customer = customer;
        this.category = category;
        this.triggerKey = triggerKey;
        this.email = email;
    }

    public OutgoingMail with(String name, Object value) {
        model.put(name, value);
        return this;
    }

    /** For an email about an order being placed: its locale, used when the account has none. */
    public OutgoingMail aboutOrderIn(Locale locale) {
        this.orderLocale = locale;
        return this;
    }

    public Customer getCustomer() {
        return customer;
    }

    public MailCategory getCategory() {
        return category;
    }

    public String getTriggerKey() {
        return triggerKey;
    }

    public EmailInfo getEmail() {
        return email;
    }

    public Map<String, Object> getModel() {
        return model;
    }

    public Locale getOrderLocale() {
        return orderLocale;
    }
}
