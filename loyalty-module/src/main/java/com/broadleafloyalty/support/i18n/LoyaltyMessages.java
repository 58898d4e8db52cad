package com.broadleafloyalty.support.i18n;

import com.broadleafloyalty.support.core.LoyaltyRefusal;
import com.broadleafloyalty.support.core.LoyaltyText;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.Locale;

import javax.annotation.Resource;

/**
 * Resolves loyalty texts and refusals in a reader's language through the site's {@code messageSource} (bean
 * {@code blLoyaltyMessages}). Without an explicit locale it uses the current request's: Broadleaf's (set from
 * {@code BLC_LOCALE} by its locale resolver, or by {@link ShopperEmails} while an email is rendered), else Spring's.
 * A key no bundle defines comes back as the key itself, so a missing translation shows, never fails a page.
 */
public class LoyaltyMessages {

    @Resource(name = "messageSource")
    protected MessageSource messageSource;

    public String text(LoyaltyText text) {
        return text(text, currentLocale());
    }

    public String text(LoyaltyText text, Locale locale) {
        return messageSource.getMessage(text.getKey(), text.getArguments(), text.getKey(), locale);
    }

    public String refusal(LoyaltyRefusal refusal) {
        return text(refusal.getText(), currentLocale());
    }

    public String refusal(LoyaltyRefusal refusal, Locale locale) {
        return text(refusal.getText(), locale);
    }

    public String message(String key, Object... arguments) {
        return text(LoyaltyText.of(key, arguments), currentLocale());
    }

    /** The language of the current request (or email being rendered). */
    public static Locale currentLocale() {
        if (BroadleafRequestContext.hasLocale()) {
            return BroadleafRequestContext.getBroadleafRequestContext().getJavaLocale();
        }
        return LocaleContextHolder.getLocale();
    }
}
