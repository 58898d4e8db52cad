package com.broadleafloyalty.analytics.service;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One cell of a dashboard table: a raw value (what the CSV export writes) and how a page shows it. A {@link Kind#LABEL}
 * holds a message key (and arguments) for the page's language; everything else is data.
 */
public final class DashboardCell {

    /** How a value is shown. */
    public enum Kind {
        TEXT, LABEL, COUNT, MONEY, DECIMAL, RATE, SCORE
    }

    private final Kind kind;
    private final Object value;
    private final List<Object> arguments;
    private final boolean signed;

    private DashboardCell(Kind kind, Object value, List<Object> arguments, boolean signed) {
        this.kind = kind;
        this.value = value;
        this.arguments = arguments;
        this.signed = signed;
    }

    public static DashboardCell text(String text) {
        return new DashboardCell(Kind.TEXT, text, Collections.emptyList(), false);
    }

    public static DashboardCell label(String key, Object... arguments) {
        return new DashboardCell(Kind.LABEL, key, Arrays.asList(arguments), false);
    }

    public static DashboardCell count(long count) {
        return new DashboardCell(Kind.COUNT, count, Collections.emptyList(), false);
    }

    public static DashboardCell money(BigDecimal amount) {
        return new DashboardCell(Kind.MONEY, amount, Collections.emptyList(), false);
    }

    public static DashboardCell decimal(BigDecimal number) {
        return new DashboardCell(Kind.DECIMAL, number, Collections.emptyList(), false);
    }

    /** A fraction 0-1, shown as a percentage. */
    public static DashboardCell rate(BigDecimal fraction) {
        return new DashboardCell(Kind.RATE, fraction, Collections.emptyList(), false);
    }

    /** NPS, -100 to 100. */
    public static DashboardCell score(BigDecimal score) {
        return new DashboardCell(Kind.SCORE, score, Collections.emptyList(), false);
    }

    /** The same value shown with its sign (a change). */
    public DashboardCell signed() {
        return new DashboardCell(kind, value, arguments, true);
    }

    public Kind getKind() {
        return kind;
    }

    /** Null when there is no figure (nothing to divide by). */
    public Object getValue() {
        return value;
    }

    public List<Object> getArguments() {
        return arguments;
    }

    public boolean isSigned() {
        return signed;
    }

    public boolean isLabel() {
        return kind == Kind.LABEL;
    }

    /** 0-1 for a rate (the heat of a cohort cell), else 0. */
    public double getShade() {
        return kind == Kind.RATE && value != null ? Math.max(0, Math.min(1, ((BigDecimal) value).doubleValue())) : 0;
    }
}
