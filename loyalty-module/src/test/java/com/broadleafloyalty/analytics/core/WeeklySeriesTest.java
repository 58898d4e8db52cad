package com.broadleafloyalty.analytics.core;

import com.broadleafloyalty.ledger.core.PointsEntryType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import static com.broadleafloyalty.analytics.core.Orders.days;
import static com.broadleafloyalty.analytics.core.Orders.history;
import static org.assertj.core.api.Assertions.assertThat;

class WeeklySeriesTest {

    @Test
    void shouldBucketDaysIntoMondayWeeksAndCarryTheLiability() {
        // 2024-03-06 is a Wednesday: the weeks start on Monday 03-04, 03-11 and 03-18
        Period period = days("2024-03-06", "2024-03-19");
        Map<LocalDate, PointsMovements> daily = new HashMap<LocalDate, PointsMovements>();
        daily.put(LocalDate.parse("2024-03-05"), movements(PointsEntryType.EARN, 999)); // before the period
        daily.put(LocalDate.parse("2024-03-06"), movements(PointsEntryType.EARN, 100));
        daily.put(LocalDate.parse("2024-03-10"), movements(PointsEntryType.REDEEM, -40));
        daily.put(LocalDate.parse("2024-03-12"), movements(PointsEntryType.EXPIRE, -10));
        Orders orders = history().order(1, "2024-03-06", "1").guest("2024-03-18", "1").order(2, "2024-03-18", "1")
                .order(3, "2024-03-20", "1"); // after the period

        WeeklySeries series = WeeklySeries.of(period, daily, 500, orders.list());

        assertThat(series.getWeeks()).extracting(WeeklySeries.Week::getStart).containsExactly(
                LocalDate.parse("2024-03-04"), LocalDate.parse("2024-03-11"), LocalDate.parse("2024-03-18"));
        assertThat(series.getWeeks()).extracting(WeeklySeries.Week::getIssued).containsExactly(100L, 0L, 0L);
        assertThat(series.getWeeks()).extracting(WeeklySeries.Week::getRedeemed).containsExactly(40L, 0L, 0L);
        assertThat(series.getWeeks()).extracting(WeeklySeries.Week::getExpired).containsExactly(0L, 10L, 0L);
        assertThat(series.getWeeks()).extracting(WeeklySeries.Week::getLiability).containsExactly(560L, 550L, 550L);
        assertThat(series.getWeeks()).extracting(WeeklySeries.Week::getMemberOrders).containsExactly(1L, 0L, 1L);
        assertThat(series.getWeeks()).extracting(WeeklySeries.Week::getGuestOrders).containsExactly(0L, 0L, 1L);
    }

    @Test
    void shouldGiveEmptyWeeksForAnEmptyPeriod() {
        WeeklySeries series = WeeklySeries.of(days("2024-03-04", "2024-03-10"),
                Collections.<LocalDate, PointsMovements>emptyMap(), 0, history().list());

        assertThat(series.getWeeks()).hasSize(1);
        assertThat(series.getWeeks().get(0).getIssued()).isZero();
        assertThat(series.getWeeks().get(0).getLiability()).isZero();
    }

    private static PointsMovements movements(PointsEntryType type, long points) {
        Map<PointsEntryType, Long> sums = new EnumMap<PointsEntryType, Long>(PointsEntryType.class);
        sums.put(type, points);
        return new PointsMovements(sums);
    }
}
