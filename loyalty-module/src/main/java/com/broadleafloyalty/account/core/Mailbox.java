package com.broadleafloyalty.account.core;

import java.util.Locale;

/**
 * One mailbox, however it was typed: an email address trimmed and lower-cased. Registration, login and the bonuses
 * compare addresses this way, so {@code " Demo@Example.com"} and {@code "demo@example.com"} are one customer and
 * earn one sign-up bonus.
 */
public final class Mailbox {

    private Mailbox() {
    }

    /** The mailbox of {@code email}, or null when nothing was typed. */
    public static String of(String email) {
        if (email == null) {
            return null;
        }
        String trimmed = email.trim();
        return trimmed.isEmpty() ? null : trimmed.toLowerCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        String mailbox = of(a);
        return mailbox != null && mailbox.equals(of(b));
    }
}
