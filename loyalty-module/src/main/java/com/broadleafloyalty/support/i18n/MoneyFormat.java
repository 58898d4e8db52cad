package com.broadleafloyalty.support.i18n;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.NumberFormatter.GroupingStrategy;
import com.ibm.icu.number.NumberFormatter.UnitWidth;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Money for a reader: the locale's separators and symbol position with the currency's own decimals
 * ({@code $12.50}, {@code 12,50 €}, {@code 12,50 lei}, {@code 1 234,50 zł}). A locale's own currency shows its
 * everyday symbol (lei, zł); any other currency its unambiguous one ({@code 12,50 USD} in Romanian, {@code RON 12.50}
 * in American English). Thousands are always grouped, also in four-digit amounts, so prices line up in a column.
 */
public final class MoneyFormat {

    private static final ConcurrentMap<String, LocalizedNumberFormatter> FORMATTERS =
            new ConcurrentHashMap<String, LocalizedNumberFormatter>();

    private MoneyFormat() {
    }

    public static String format(BigDecimal amount, String currencyCode, Locale locale) {
        if (amount == null) {
            return "";
        }
        return formatter(currencyCode, locale == null ? Locale.getDefault() : locale).format(amount).toString();
    }

    private static LocalizedNumberFormatter formatter(String currencyCode, Locale locale) {
        String key = locale + "|" + currencyCode;
        LocalizedNumberFormatter formatter = FORMATTERS.get(key);
        if (formatter == null) {
            ULocale uLocale = ULocale.forLocale(locale);
            Currency currency = Currency.getInstance(currencyCode);
            formatter = NumberFormatter.withLocale(uLocale)
                    .unit(currency)
                    .unitWidth(isLocalCurrency(uLocale, currency) ? UnitWidth.NARROW : UnitWidth.SHORT)
                    .grouping(GroupingStrategy.ON_ALIGNED);
            FORMATTERS.putIfAbsent(key, formatter);
        }
        return formatter;
    }

    /** The currency of the locale's country (of its most likely country when it names none: ro → Romania). */
    private static boolean isLocalCurrency(ULocale locale, Currency currency) {
        ULocale withCountry = locale.getCountry().isEmpty() ? ULocale.addLikelySubtags(locale) : locale;
        Currency local = withCountry.getCountry().isEmpty() ? null : Currency.getInstance(withCountry);
        return currency.equals(local);
    }
}
