package com.broadleafloyalty.account.core;

import java.time.LocalDate;
import java.time.Year;

/**
 * When a yearly bonus (birthday, registration anniversary) is due: once per calendar year, in the month of the date,
 * from its day on (a job that missed a day catches up later in the month, never in the next month). A 29 February
 * date counts as 28 February in years without one.
 */
public final class AnnualBonus {

    private AnnualBonus() {
    }

    /**
     * @param date              the birth date, or the registration date
     * @param firstYear         the first calendar year that may get the bonus (the year after registration for an
     *                          anniversary; any year for a birthday)
     * @param lastAwardedYear   the last year it was awarded, or null
     */
    public static boolean isDue(LocalDate date, int firstYear, Integer lastAwardedYear, LocalDate today) {
        if (date == null || today.getYear() < firstYear) {
            return false;
        }
        if (lastAwardedYear != null && lastAwardedYear >= today.getYear()) {
            return false;
        }
        LocalDate thisYear = occurrence(date, today.getYear());
        return today.getMonthValue() == thisYear.getMonthValue() && !today.isBefore(thisYear);
    }

    /** The date's day in the given year: 29 February becomes 28 February in a common year. */
    public static LocalDate occurrence(LocalDate date, int year) {
        int day = date.getDayOfMonth();
        if (date.getMonthValue() == 2 && day == 29 && !Year.isLeap(year)) {
            day = 28;
        }
        return LocalDate.of(year, date.getMonthValue(), day);
    }
}
