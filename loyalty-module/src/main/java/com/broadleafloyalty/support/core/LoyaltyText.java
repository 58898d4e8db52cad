package com.broadleafloyalty.support.core;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A sentence for a shopper or an admin, not yet in their language: a message key ({@code loyalty.…}) and its
 * arguments. The rules produce these; the web and email layers resolve them in the reader's locale. Arguments are
 * plain values: numbers (which the message may pluralise), strings (names, order numbers: pass those as strings so
 * they are never grouped like amounts), dates, or other {@code LoyaltyText}s for nested sentences.
 */
public final class LoyaltyText implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final Object[] arguments;

    private LoyaltyText(String key, Object[] arguments) {
        if (key == null || key.trim().isEmpty()) {
            throw new IllegalArgumentException("A text needs a message key");
        }
        this.key = key;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public static LoyaltyText of(String key, Object... arguments) {
        return new LoyaltyText(key, arguments);
    }

    public String getKey() {
        return key;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof LoyaltyText)) {
            return false;
        }
        LoyaltyText that = (LoyaltyText) other;
        return key.equals(that.key) && Arrays.equals(arguments, that.arguments);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(arguments);
    }

    /** The key and arguments, for logs: the resolved sentence depends on a locale this value does not have. */
    @Override
    public String toString() {
        return arguments.length == 0 ? key : key + Arrays.toString(arguments);
    }
}
