package com.broadleafloyalty.imports.core;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The customer column: ASCII digits are a customer id, anything with an '@' an email (compared without regard to
 * case); anything else names no one.
 */
public final class CustomerReference {

    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    private final String written;
    private final Long customerId;
    private final String email;

    private CustomerReference(String written, Long customerId, String email) {
        this.written = written;
        this.customerId = customerId;
        this.email = email;
    }

    /** The reference, or null when the text is neither an id nor an email. */
    public static CustomerReference parse(String text) {
        String value = text.trim();
        if (ID.matcher(value).matches()) {
            return new CustomerReference(value, Long.valueOf(value), null);
        }
        if (value.indexOf('@') > 0 && value.indexOf('@') < value.length() - 1) {
            return new CustomerReference(value, null, value.toLowerCase(Locale.ROOT));
        }
        return null;
    }

    public boolean isId() {
        return customerId != null;
    }

    public Long getCustomerId() {
        return customerId;
    }

    /** The email in lower case (null for an id). */
    public String getEmail() {
        return email;
    }

    /** As written in the file (trimmed). */
    public String getWritten() {
        return written;
    }

    String key() {
        return isId() ? "#" + customerId : email;
    }
}
