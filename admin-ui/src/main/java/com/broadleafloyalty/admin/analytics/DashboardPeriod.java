package com.broadleafloyalty.admin.analytics;

import com.broadleafloyalty.analytics.core.Period;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * The period picker's choice: the last 30, 90 or 365 days up to today (UTC days, today included), or a custom
 * range of whole days. A custom range that cannot be read, ends before it starts or is longer than
 * {@value #MAX_DAYS} days is refused with a message key, and the default period shown instead.
 */
final class DashboardPeriod {

    static final List<String> PRESETS = Arrays.asList("30", "90", "365");
    static final String CUSTOM = "custom";
    static final String DEFAULT_RANGE = "30";
    static final int MAX_DAYS = 1096;

    private final String range;
    private final LocalDate first;
    private final LocalDate last;
    private final String refusal;

    private DashboardPeriod(String range, LocalDate first, LocalDate last, String refusal) {
        this.range = range;
        this.first = first;
        this.last = last;
        this.refusal = refusal;
    }

    static DashboardPeriod of(String range, String from, String to, LocalDate today) {
        if (CUSTOM.equals(range)) {
            try {
                LocalDate first = LocalDate.parse(from.trim());
                LocalDate last = LocalDate.parse(to.trim());
                if (last.isBefore(first)) {
                    return preset(DEFAULT_RANGE, today, "loyalty.analytics.refusal.reversed");
                }
                if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
                    return preset(DEFAULT_RANGE, today, "loyalty.analytics.refusal.tooLong");
                }
                return new DashboardPeriod(CUSTOM, first, last, null);
            } catch (DateTimeParseException | NullPointerException e) {
                return preset(DEFAULT_RANGE, today, "loyalty.analytics.refusal.notDates");
            }
        }
        return preset(PRESETS.contains(range) ? range : DEFAULT_RANGE, today, null);
    }

    private static DashboardPeriod preset(String range, LocalDate today, String refusal) {
        int days = Integer.parseInt(range);
        return new DashboardPeriod(range, today.minusDays(days - 1L), today, refusal);
    }

    Period period() {
        return Period.ofDays(first, last);
    }

    String getRange() {
        return range;
    }

    LocalDate getFirst() {
        return first;
    }

    LocalDate getLast() {
        return last;
    }

    /** The message key of why the asked-for range was not taken, or null. */
    String getRefusal() {
        return refusal;
    }
}
