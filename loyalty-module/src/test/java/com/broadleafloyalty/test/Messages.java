package com.broadleafloyalty.test;

import com.broadleafloyalty.support.core.LoyaltyRefusal;
import com.broadleafloyalty.support.core.LoyaltyText;
import com.broadleafloyalty.support.i18n.IcuMessageSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.util.Locale;

import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The module's texts as a reader sees them, without a Spring context: the module's bundles through the same
 * {@link IcuMessageSource} a shop uses. Tests that check a sentence read it in English (en_US), as before the texts
 * became keys, and in another language where the language matters.
 */
public final class Messages {

    public static final Locale ENGLISH = Locale.US;
    public static final Locale ROMANIAN = new Locale("ro", "RO");
    public static final Locale POLISH = new Locale("pl", "PL");
    public static final Locale SPANISH = new Locale("es", "ES");

    private static final IcuMessageSource SOURCE = source("classpath:/messages/LoyaltyMessages",
            "classpath:/messages/LoyaltyBoundsMessages");

    private Messages() {
    }

    /** A message source over the given bundles, as a shop merges them (later basenames win). */
    public static IcuMessageSource source(String... basenames) {
        IcuMessageSource source = new IcuMessageSource();
        source.setBasenames(basenames.clone());
        return source;
    }

    public static String english(LoyaltyText text) {
        return in(ENGLISH, text);
    }

    public static String english(String key, Object... arguments) {
        return in(ENGLISH, LoyaltyText.of(key, arguments));
    }

    public static String in(Locale locale, LoyaltyText text) {
        return SOURCE.getMessage(text.getKey(), text.getArguments(), locale);
    }

    /** The English sentence of what {@code call} refused; fails when it refuses nothing. */
    public static String englishRefusal(ThrowingCallable call) {
        return refusalIn(ENGLISH, call);
    }

    /** The same, checking the refusal's type. */
    public static String englishRefusal(ThrowingCallable call, Class<? extends LoyaltyRefusal> type) {
        return english(refusal(call, type).getText());
    }

    public static String refusalIn(Locale locale, ThrowingCallable call) {
        return in(locale, refusal(call, LoyaltyRefusal.class).getText());
    }

    /** What {@code call} refused, as the refusal type the caller expects; fails when it refuses nothing else. */
    public static <T extends LoyaltyRefusal> T refusal(ThrowingCallable call, Class<T> type) {
        return causeOf(catchThrowable(call), type);
    }

    /** The refusal in {@code thrown} or its causes (a checkout wraps an activity's refusal). */
    public static <T extends LoyaltyRefusal> T causeOf(Throwable thrown, Class<T> type) {
        Throwable cause = thrown;
        while (cause != null && !type.isInstance(cause)) {
            cause = cause.getCause();
        }
        if (cause == null) {
            throw new AssertionError("Expected a " + type.getSimpleName() + ", got " + thrown, thrown);
        }
        return type.cast(cause);
    }
}
