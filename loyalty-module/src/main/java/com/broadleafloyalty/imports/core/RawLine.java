package com.broadleafloyalty.imports.core;

/**
 * One line of an import file as written: its number (the header is line 1) and its values, each null when the line
 * is short of that column. {@code extraValues} counts values beyond the header's columns.
 */
public final class RawLine {

    private final long lineNumber;
    private final String customer;
    private final String points;
    private final String expiresAt;
    private final String reason;
    private final int values;
    private final int columns;

    public RawLine(long lineNumber, String customer, String points, String expiresAt, String reason, int values,
            int columns) {
        this.lineNumber = lineNumber;
        this.customer = customer;
        this.points = points;
        this.expiresAt = expiresAt;
        this.reason = reason;
        this.values = values;
        this.columns = columns;
    }

    /** A line with exactly the four columns, for tests and generators. */
    public static RawLine of(long lineNumber, String customer, String points, String expiresAt, String reason) {
        return new RawLine(lineNumber, customer, points, expiresAt, reason, 4, 4);
    }

    public long getLineNumber() {
        return lineNumber;
    }

    public String getCustomer() {
        return customer;
    }

    public String getPoints() {
        return points;
    }

    public String getExpiresAt() {
        return expiresAt;
    }

    public String getReason() {
        return reason;
    }

    public int getValues() {
        return values;
    }

    public int getColumns() {
        return columns;
    }
}
