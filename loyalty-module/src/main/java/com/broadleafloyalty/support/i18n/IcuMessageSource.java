package com.broadleafloyalty.support.i18n;

import com.broadleafloyalty.support.core.LoyaltyText;
import com.broadleafloyalty.support.core.MoneyAmount;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.util.BroadleafMergeResourceBundleMessageSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Broadleaf's merging message source (later basenames win, so a merchant overrides any key from their own patch)
 * with ICU message formats: {@code {0, plural, one {# point} other {# points}}} follows each language's plural rules
 * (Polish one/few/many, Romanian one/few/other with "de"), {@code select} picks grammatical variants. Bundles are
 * read as UTF-8, and a missing key in a language falls back to the base (English) bundle, never to the server's
 * own locale. A message without arguments is returned as written, as Spring does; arguments may be
 * {@link LoyaltyText}s (resolved in the same locale), {@link MoneyAmount}s and {@link Money} (formatted for the locale
 * with the currency's symbol), {@link Instant}s and {@link LocalDate}s (as dates).
 */
public class IcuMessageSource extends BroadleafMergeResourceBundleMessageSource {

    /** Parsed formats by locale and pattern; each use formats a clone, as ICU formats are not thread-safe. */
    private final ConcurrentMap<String, MessageFormat> formats = new ConcurrentHashMap<String, MessageFormat>();

    public IcuMessageSource() {
        setDefaultEncoding("UTF-8");
        setFallbackToSystemLocale(false);
    }

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null || args == null || args.length == 0) {
            return super.getMessageInternal(code, args, locale);
        }
        Locale target = locale == null ? Locale.getDefault() : locale;
        String pattern = resolveCodeWithoutArguments(code, target);
        if (pattern == null) {
            return super.getMessageInternal(code, args, target);
        }
        return formatMessage(pattern, args, target);
    }

    @Override
    protected String formatMessage(String pattern, Object[] args, Locale locale) {
        if (pattern == null || args == null || args.length == 0) {
            return pattern;
        }
        Locale target = locale == null ? Locale.getDefault() : locale;
        String cacheKey = target.toString() + '\u0000' + pattern;
        MessageFormat prototype = formats.get(cacheKey);
        if (prototype == null) {
            prototype = new MessageFormat(pattern, ULocale.forLocale(target));
            formats.putIfAbsent(cacheKey, prototype);
        }
        return ((MessageFormat) prototype.clone()).format(resolveArguments(args, target));
    }

    @Override
    protected Object[] resolveArguments(Object[] args, Locale locale) {
        Object[] resolved = super.resolveArguments(args, locale);
        for (int i = 0; i < resolved.length; i++) {
            Object arg = resolved[i];
            if (arg instanceof LoyaltyText) {
                LoyaltyText text = (LoyaltyText) arg;
                resolved[i] = getMessage(text.getKey(), text.getArguments(), text.getKey(), locale);
            } else if (arg instanceof MoneyAmount) {
                MoneyAmount money = (MoneyAmount) arg;
                resolved[i] = MoneyFormat.format(money.getAmount(), money.getCurrencyCode(), locale);
            } else if (arg instanceof Money) {
                Money money = (Money) arg;
                resolved[i] = MoneyFormat.format(money.getAmount(), money.getCurrency().getCurrencyCode(), locale);
            } else if (arg instanceof Instant) {
                resolved[i] = Date.from((Instant) arg);
            } else if (arg instanceof LocalDate) {
                resolved[i] = Date.from(((LocalDate) arg).atStartOfDay(ZoneId.systemDefault()).toInstant());
            }
        }
        return resolved;
    }
}
