package com.broadleafloyalty.throttle.core;

import java.util.Locale;

/**
 * Who is counted: an account (a login name, mailbox or customer id, compared without case or surrounding spaces) or a
 * client address. One {@link ThrottleKind} and one subject make one counter ({@link #key}).
 */
public final class ThrottleSubject {

    /** Longest subject kept; longer input (a 10 KB login name) is cut, so it still counts and still fits the column. */
    public static final int MAX_LENGTH = 255;

    private final String value;
    private final boolean account;

    private ThrottleSubject(String value, boolean account) {
        this.value = value;
        this.account = account;
    }

    /** Null when there is no account to count (an empty login name). */
    public static ThrottleSubject account(String name) {
        String normal = normal(name);
        return normal == null ? null : new ThrottleSubject("account:" + normal, true);
    }

    /** Null when the address is unknown. */
    public static ThrottleSubject address(String address) {
        String normal = normal(address);
        return normal == null ? null : new ThrottleSubject("address:" + normal, false);
    }

    private static String normal(String text) {
        if (text == null || text.trim().isEmpty()) {
            return null;
        }
        String normal = text.trim().toLowerCase(Locale.ROOT);
        return normal.length() > MAX_LENGTH ? normal.substring(0, MAX_LENGTH) : normal;
    }

    public boolean isAccount() {
        return account;
    }

    public String value() {
        return value;
    }

    /** The counter's key: kind and subject. */
    public String key(ThrottleKind kind) {
        return kind.name() + "|" + value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ThrottleSubject && ((ThrottleSubject) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
