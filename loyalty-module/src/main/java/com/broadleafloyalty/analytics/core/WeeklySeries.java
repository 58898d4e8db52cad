package com.broadleafloyalty.analytics.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's time series, one point per week (Monday to Sunday, UTC) that the period touches: points issued,
 * redeemed and expired in the week, the liability at the week's end (at the period's end for its last week), and the
 * orders of members and of guests. The first and last weeks may be cut by the period.
 */
public final class WeeklySeries {

    private final List<Week> weeks;

    private WeeklySeries(List<Week> weeks) {
        this.weeks = Collections.unmodifiableList(weeks);
    }

    /**
     * @param dailyPoints      ledger movements by UTC day, for the days of the period
     * @param openingLiability the liability when the period starts
     */
    public static WeeklySeries of(Period period, Map<LocalDate, PointsMovements> dailyPoints, long openingLiability,
            Collection<OrderFact> orders) {
        LocalDate firstDay = period.firstDay();
        LocalDate lastDay = period.lastDay();
        List<Week> weeks = new ArrayList<Week>();
        long liability = openingLiability;
        for (LocalDate start = firstDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                !start.isAfter(lastDay); start = start.plusWeeks(1)) {
            PointsMovements week = PointsMovements.none();
            for (LocalDate day = start; day.isBefore(start.plusWeeks(1)); day = day.plusDays(1)) {
                PointsMovements movements = dailyPoints.get(day);
                if (movements != null && !day.isBefore(firstDay) && !day.isAfter(lastDay)) {
                    week = week.plus(movements);
                }
            }
            liability += week.net();
            weeks.add(new Week(start, week.issued(), week.redeemed(), week.expired(), liability));
        }
        for (OrderFact order : orders) {
            if (!period.contains(order.getPlacedAt())) {
                continue;
            }
            LocalDate day = Period.day(order.getPlacedAt());
            int index = (int) ChronoUnit.WEEKS.between(weeks.get(0).start, day);
            if (order.isGuest()) {
                weeks.get(index).guestOrders++;
            } else {
                weeks.get(index).memberOrders++;
            }
        }
        return new WeeklySeries(weeks);
    }

    public List<Week> getWeeks() {
        return weeks;
    }

    /** One week of the series. */
    public static final class Week {

        private final LocalDate start;
        private final long issued;
        private final long redeemed;
        private final long expired;
        private final long liability;
        private long memberOrders;
        private long guestOrders;

        Week(LocalDate start, long issued, long redeemed, long expired, long liability) {
            this.start = start;
            this.issued = issued;
            this.redeemed = redeemed;
            this.expired = expired;
            this.liability = liability;
        }

        /** The Monday the week starts on. */
        public LocalDate getStart() {
            return start;
        }

        public long getIssued() {
            return issued;
        }

        public long getRedeemed() {
            return redeemed;
        }

        public long getExpired() {
            return expired;
        }

        /** At the week's end, or at the period's end for the last week. */
        public long getLiability() {
            return liability;
        }

        public long getMemberOrders() {
            return memberOrders;
        }

        public long getGuestOrders() {
            return guestOrders;
        }
    }
}
