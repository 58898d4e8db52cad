package com.broadleafloyalty.support.i18n;

import org.broadleafcommerce.common.email.dao.EmailReportingDao;
import org.broadleafcommerce.common.email.domain.EmailTarget;
import org.broadleafcommerce.common.email.service.EmailService;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.email.service.message.MessageCreator;
import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import javax.annotation.Resource;

/**
 * Sends a shopper a loyalty email in their language ({@link ShopperLocales}): the subject is the email's
 * {@code subject} read as a message key (a plain sentence configured there is sent as written), and the template is
 * rendered with the shopper's locale, which Broadleaf's {@code ThymeleafMessageCreator} takes from the request
 * context: this sets it for the duration of the send (also on a job's thread, which has none) and puts it back.
 */
public class ShopperEmails {

    @Resource(name = "blEmailService")
    protected EmailService emailService;

    @Resource(name = "blEmailReportingDao")
    protected EmailReportingDao emailReportingDao;

    @Resource(name = "messageSource")
    protected MessageSource messageSource;

    @Resource(name = "blLoyaltyShopperLocales")
    protected ShopperLocales shopperLocales;

    @Resource(name = "blMessageCreator")
    protected MessageCreator messageCreator;

    /**
     * @param tracked true: Broadleaf's tracked send (a {@code BLC_EMAIL_TRACKING} row); false: a plain send, no SQL
     */
    public void send(Customer customer, EmailInfo email, Map<String, Object> props, boolean tracked) {
        sendIn(shopperLocales.localeOf(customer), customer, email, props, tracked);
    }

    /**
     * An email about the order being placed: {@code orderLocale} is its locale (used unless the account has one).
     * Who may be mailed (unsubscribed, capped, erased customers) is the engagement door's decision, not this one's.
     */
    public void send(Customer customer, Locale orderLocale, EmailInfo email, Map<String, Object> props,
            boolean tracked) {
        sendIn(shopperLocales.localeOfOrder(customer, orderLocale), customer, email, props, tracked);
    }

    /**
     * The email as the customer would receive it, rendered (not sent) in their language: for an admin's preview.
     * Needs a site with a mail set-up ({@code blMessageCreator} rendering templates).
     */
    public String render(Customer customer, EmailInfo email, Map<String, Object> props) {
        Locale locale = shopperLocales.localeOf(customer);
        Map<String, Object> model = new HashMap<String, Object>(props);
        model.put("customer", customer);
        return inLocale(locale, () -> messageCreator.buildMessageBody(email, model));
    }

    /**
     * A test of the customer's email sent to another address (an admin's test send): rendered in the customer's
     * language, a plain send (no tracking row).
     */
    public void sendCopy(String address, Customer customer, EmailInfo email, Map<String, Object> props) {
        Locale locale = shopperLocales.localeOf(customer);
        EmailInfo localized = localized(email, locale);
        Map<String, Object> model = new HashMap<String, Object>(props);
        model.put("customer", customer);
        inLocale(locale, () -> {
            EmailTarget target = emailReportingDao.createTarget();
            target.setEmailAddress(address);
            emailService.sendBasicEmail(localized, target, model);
            return null;
        });
    }

    private EmailInfo localized(EmailInfo email, Locale locale) {
        EmailInfo localized = email.clone();
        localized.setSubject(messageSource.getMessage(email.getSubject(), null, email.getSubject(), javaLocale(locale)));
        return localized;
    }

    private static java.util.Locale javaLocale(Locale locale) {
        return locale == null ? java.util.Locale.getDefault()
                : BroadleafRequestContext.convertLocaleToJavaLocale(locale);
    }

    private void sendIn(Locale locale, Customer customer, EmailInfo email, Map<String, Object> props,
            boolean tracked) {
        EmailInfo localized = localized(email, locale);
        Map<String, Object> model = new HashMap<String, Object>(props);
        model.put("customer", customer);
        inLocale(locale, () -> {
            if (tracked) {
                emailService.sendTemplateEmail(customer.getEmailAddress(), localized, model);
            } else {
                EmailTarget target = emailReportingDao.createTarget();
                target.setEmailAddress(customer.getEmailAddress());
                emailService.sendBasicEmail(localized, target, model);
            }
            return null;
        });
    }

    /** Runs {@code work} with the locale set as Broadleaf's template rendering reads it, and puts the old one back. */
    private <T> T inLocale(Locale locale, Supplier<T> work) {
        BroadleafRequestContext previous = BroadleafRequestContext.getBroadleafRequestContext();
        BroadleafRequestContext context = previous != null ? previous : new BroadleafRequestContext();
        Locale previousLocale = context.getLocale();
        java.util.Locale previousJavaLocale = LocaleContextHolder.getLocale();
        boolean previousSet = LocaleContextHolder.getLocaleContext() != null;
        try {
            context.setLocale(locale);
            BroadleafRequestContext.setBroadleafRequestContext(context);
            LocaleContextHolder.setLocale(javaLocale(locale));
            return work.get();
        } finally {
            context.setLocale(previousLocale);
            BroadleafRequestContext.setBroadleafRequestContext(previous);
            if (previousSet) {
                LocaleContextHolder.setLocale(previousJavaLocale);
            } else {
                LocaleContextHolder.resetLocaleContext();
            }
        }
    }
}
