package com.broadleafloyalty.analytics.core;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A reporting period [from, to): the dashboard's figures are for it, compared with {@link #previous()}, the period of
 * the same length right before it. Days, weeks and months are counted in UTC, as the segments count recency.
 */
public final class Period {

    private final Instant from;
    private final Instant to;

    private Period(Instant from, Instant to) {
        this.from = from;
        this.to = to;
    }

    /** Refuses an empty or reversed period. */
    public static Period of(Instant from, Instant to) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw new IllegalArgumentException("A period must end after it starts: [" + from + ", " + to + ")");
        }
        return new Period(from, to);
    }

    /** The whole UTC days {@code first} to {@code last}, both included. */
    public static Period ofDays(LocalDate first, LocalDate last) {
        return of(first.atStartOfDay(ZoneOffset.UTC).toInstant(), last.plusDays(1).atStartOfDay(ZoneOffset.UTC)
                .toInstant());
    }

    /** The {@code days} whole UTC days up to and including {@code lastDay}. */
    public static Period lastDays(int days, LocalDate lastDay) {
        return ofDays(lastDay.minusDays(days - 1L), lastDay);
    }

    /** The period of the same length that ends where this one starts. */
    public Period previous() {
        return new Period(from.minus(length()), from);
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }

    public Instant getFrom() {
        return from;
    }

    public Instant getTo() {
        return to;
    }

    /** The first UTC day of the period. */
    public LocalDate firstDay() {
        return day(from);
    }

    /** The last UTC day the period touches (its end is exclusive). */
    public LocalDate lastDay() {
        return day(to.minusMillis(1));
    }

    static LocalDate day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Period && ((Period) other).from.equals(from) && ((Period) other).to.equals(to);
    }

    @Override
    public int hashCode() {
        return from.hashCode() * 31 + to.hashCode();
    }

    @Override
    public String toString() {
        return "[" + from + ", " + to + ")";
    }
}
