package com.broadleafloyalty.analytics.core;

import org.junit.jupiter.api.Test;

import static com.broadleafloyalty.analytics.core.Orders.days;
import static com.broadleafloyalty.analytics.core.Orders.history;
import static org.assertj.core.api.Assertions.assertThat;

class RetentionTest {

    // 31 days: the previous period is 2024-01-31 .. 2024-02-29 (also 31 days)
    private static final Period MARCH = days("2024-03-01", "2024-03-31");

    @Test
    void shouldShareThePreviousPeriodsCustomersWhoOrderAgain() {
        Orders orders = history()
                .order(1, "2024-02-10", "1").order(1, "2024-03-10", "1") // retained
                .order(2, "2024-02-11", "1") // lost
                .order(3, "2024-02-12", "1").order(3, "2024-02-13", "1").order(3, "2024-03-30", "1") // retained
                .order(4, "2024-03-01", "1") // new: not in the denominator
                .guest("2024-02-10", "1").guest("2024-03-10", "1");

        assertThat(Retention.rate(MARCH, orders.list())).isEqualByComparingTo("0.6667");
    }

    @Test
    void shouldHaveNoRateWithoutCustomersInThePreviousPeriod() {
        Orders orders = history().order(1, "2024-03-10", "1").order(2, "2024-01-05", "1");

        assertThat(Retention.rate(MARCH, orders.list())).isNull();
    }

    @Test
    void shouldUseThePeriodOfTheSameLengthRightBefore() {
        Period period = days("2024-03-01", "2024-03-10");

        assertThat(period.previous()).isEqualTo(days("2024-02-20", "2024-02-29"));
        // an order on 2024-02-19 is before the previous period: customer 1 is not counted as retained
        Orders orders = history().order(1, "2024-02-19", "1").order(1, "2024-03-05", "1")
                .order(2, "2024-02-20", "1");
        assertThat(Retention.rate(period, orders.list())).isEqualByComparingTo("0");
    }
}
