package com.broadleafloyalty.challenge.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Where a challenge's window lies at a given moment: [from, to), in the shop's time zone. A challenge may also have
 * a first and a last day (optional except for {@link WindowType#FIXED_DATES}); outside them it is not open at all.
 */
public final class ChallengeWindow {

    private final WindowType type;
    private final int days;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    private ChallengeWindow(WindowType type, int days, LocalDate firstDay, LocalDate lastDay) {
        this.type = type;
        this.days = days;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    /** A window; {@code days} counts only for {@link WindowType#ROLLING_DAYS}, the days may be null (open). */
    public static ChallengeWindow of(WindowType type, int days, LocalDate firstDay, LocalDate lastDay) {
        if (type == null) {
            throw new IllegalArgumentException("A challenge window needs a type");
        }
        if (type == WindowType.ROLLING_DAYS && days < 1) {
            throw new IllegalArgumentException("A rolling window needs at least one day");
        }
        if (type == WindowType.FIXED_DATES && (firstDay == null || lastDay == null)) {
            throw new IllegalArgumentException("A window of fixed dates needs its first and last day");
        }
        if (firstDay != null && lastDay != null && lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("A window cannot end before it starts");
        }
        return new ChallengeWindow(type, days, firstDay, lastDay);
    }

    public WindowType getType() {
        return type;
    }

    public int getDays() {
        return days;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    /** True when the challenge can be worked on at {@code now}: on or after its first day, on or before its last. */
    public boolean isOpenAt(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return (firstDay == null || !today.isBefore(firstDay)) && (lastDay == null || !today.isAfter(lastDay));
    }

    /** The moments that count at {@code now}; a window never reaches before the challenge's first day. */
    public Span spanAt(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant from;
        Instant to;
        switch (type) {
            case ROLLING_DAYS:
                from = now.minusSeconds(days * 86400L);
                to = now.plusMillis(1);
                break;
            case CALENDAR_MONTH:
                from = today.withDayOfMonth(1).atStartOfDay(zone).toInstant();
                to = today.withDayOfMonth(1).plusMonths(1).atStartOfDay(zone).toInstant();
                break;
            case CALENDAR_QUARTER:
                LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
                from = quarter.atStartOfDay(zone).toInstant();
                to = quarter.plusMonths(3).atStartOfDay(zone).toInstant();
                break;
            default:
                from = firstDay.atStartOfDay(zone).toInstant();
                to = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
                break;
        }
        if (firstDay != null && from.isBefore(firstDay.atStartOfDay(zone).toInstant())) {
            from = firstDay.atStartOfDay(zone).toInstant();
        }
        if (lastDay != null && to.isAfter(lastDay.plusDays(1).atStartOfDay(zone).toInstant())) {
            to = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return new Span(from, to);
    }

    /** A half-open interval of time. */
    public static final class Span {

        private final Instant from;
        private final Instant to;

        public Span(Instant from, Instant to) {
            this.from = from;
            this.to = to;
        }

        public Instant getFrom() {
            return from;
        }

        public Instant getTo() {
            return to;
        }

        public boolean contains(Instant moment) {
            return moment != null && !moment.isBefore(from) && moment.isBefore(to);
        }
    }
}
