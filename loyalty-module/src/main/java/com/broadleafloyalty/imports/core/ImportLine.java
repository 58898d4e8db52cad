package com.broadleafloyalty.imports.core;

import java.time.LocalDate;

/** An accepted line: whom to credit (an email or a customer id, as written), how many points, until when, why. */
public final class ImportLine {

    private final long lineNumber;
    private final CustomerReference customer;
    private final long points;
    private final LocalDate expiresOn;
    private final String reason;

    public ImportLine(long lineNumber, CustomerReference customer, long points, LocalDate expiresOn, String reason) {
        this.lineNumber = lineNumber;
        this.customer = customer;
        this.points = points;
        this.expiresOn = expiresOn;
        this.reason = reason;
    }

    public long getLineNumber() {
        return lineNumber;
    }

    public CustomerReference getCustomer() {
        return customer;
    }

    public long getPoints() {
        return points;
    }

    /** The last day the points can be spent, or null when they never expire. */
    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getReason() {
        return reason;
    }

    /** Lines equal in all but their number are duplicates. */
    String identity() {
        return customer.key() + "\u0000" + points + "\u0000" + expiresOn + "\u0000" + reason;
    }
}
