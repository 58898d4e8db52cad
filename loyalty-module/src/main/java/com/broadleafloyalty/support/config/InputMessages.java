package com.broadleafloyalty.support.config;

import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.Locale;

import javax.annotation.Resource;

/**
 * Turns a refusal of typed input (a key of {@code messages/LoyaltyInputMessages} and its arguments) into the sentence
 * shown to the shopper or admin, in the current request's language: Broadleaf's locale when it has one, else
 * Spring's. A key no bundle defines comes back as the key, so a missing translation shows and never fails a page.
 */
public class InputMessages {

    @Resource(name = "messageSource")
    protected MessageSource messageSource;

    public String text(String key, Object... arguments) {
        return messageSource.getMessage(key, arguments, key, currentLocale());
    }

    private static Locale currentLocale() {
        if (BroadleafRequestContext.hasLocale()) {
            return BroadleafRequestContext.getBroadleafRequestContext().getJavaLocale();
        }
        return LocaleContextHolder.getLocale();
    }
}
