package com.broadleafloyalty.imports.core;

/**
 * Why one line of an import file is refused: a stable code for programs (the API's {@code "code"}) and a message key
 * of {@code messages/LoyaltyImportMessages} for people.
 */
public enum LineProblem {

    /** A required value (customer, points, reason) is empty or the line is short of it. Arg: the column. */
    MISSING_COLUMN("missing_column"),
    /** More values than the header names. Args: values found, columns in the header. */
    EXTRA_VALUES("extra_values"),
    /** No registered customer with this email or id. Arg: the text. */
    UNKNOWN_CUSTOMER("unknown_customer"),
    /** The email belongs to several registered customers: use the customer id. Arg: the email. */
    AMBIGUOUS_CUSTOMER("ambiguous_customer"),
    /** Points are not a whole number in ASCII digits. Arg: the text. */
    BAD_NUMBER("bad_number"),
    /** Zero or negative points: an import only adds points. Arg: the text. */
    NOT_POSITIVE("not_positive"),
    /** Above loyalty.limit.adjustment.points. Arg: the limit. */
    ABOVE_LIMIT("above_limit"),
    /** Not an ISO date (yyyy-MM-dd). Arg: the text. */
    BAD_DATE("bad_date"),
    /** An expiry before the import's day. Arg: the date. */
    EXPIRY_IN_PAST("expiry_in_past"),
    /** A reason longer than the ledger keeps. Args: the limit, the length. */
    REASON_TOO_LONG("reason_too_long"),
    /** The same customer, points, expiry and reason as an earlier line of the file. Arg: that line's number. */
    DUPLICATE_LINE("duplicate_line");

    private final String code;

    LineProblem(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    public String getMessageKey() {
        StringBuilder key = new StringBuilder("loyalty.import.line.");
        boolean upper = false;
        for (char c : code.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }
}
