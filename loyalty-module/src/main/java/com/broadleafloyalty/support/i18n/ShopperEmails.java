package com.broadleafloyalty.support.i18n;

import org.broadleafcommerce.common.email.dao.EmailReportingDao;
import org.broadleafcommerce.common.email.domain.EmailTarget;
import org.broadleafcommerce.common.email.service.EmailService;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.HashMap;
import java.util.Map;

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

    private void sendIn(Locale locale, Customer customer, EmailInfo email, Map<String, Object> props,
            boolean tracked) {
        java.util.Locale javaLocale = locale == null ? java.util.Locale.getDefault()
                : BroadleafRequestContext.convertLocaleToJavaLocale(locale);
        EmailInfo localized = email.clone();
        localized.setSubject(messageSource.getMessage(email.getSubject(), null, email.getSubject(), javaLocale));
        Map<String, Object> model = new HashMap<String, Object>(props);
        model.put("customer", customer);

        BroadleafRequestContext previous = BroadleafRequestContext.getBroadleafRequestContext();
        BroadleafRequestContext context = previous != null ? previous : new BroadleafRequestContext();
        Locale previousLocale = context.getLocale();
        java.util.Locale previousJavaLocale = LocaleContextHolder.getLocale();
        boolean previousSet = LocaleContextHolder.getLocaleContext() != null;
        try {
            context.setLocale(locale);
            BroadleafRequestContext.setBroadleafRequestContext(context);
            LocaleContextHolder.setLocale(javaLocale);
            if (tracked) {
                emailService.sendTemplateEmail(customer.getEmailAddress(), localized, model);
            } else {
                EmailTarget target = emailReportingDao.createTarget();
                target.setEmailAddress(customer.getEmailAddress());
                emailService.sendBasicEmail(localized, target, model);
            }
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
