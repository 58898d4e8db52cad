package com.broadleafloyalty.analytics.core;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import static com.broadleafloyalty.analytics.core.Orders.at;
import static com.broadleafloyalty.analytics.core.Orders.history;
import static org.assertj.core.api.Assertions.assertThat;

class CohortRetentionTest {

    @Test
    void shouldShareEachMonthsNewCustomersOrderingInEachLaterMonth() {
        Orders orders = history()
                .order(1, "2024-01-05", "1").order(1, "2024-02-05", "1").order(1, "2024-03-05", "1")
                .order(2, "2024-01-20", "1").order(2, "2024-03-01", "1")
                .order(3, "2024-02-10", "1")
                .guest("2024-02-10", "1");
        Map<Long, Instant> firsts = new HashMap<Long, Instant>();
        firsts.put(1L, at("2024-01-05"));
        firsts.put(2L, at("2024-01-20"));
        firsts.put(3L, at("2024-02-10"));

        CohortRetention table = CohortRetention.of(YearMonth.of(2024, 1), YearMonth.of(2024, 3), orders.list(), firsts);

        assertThat(table.getCohorts()).hasSize(3);
        CohortRetention.Cohort january = table.getCohorts().get(0);
        assertThat(january.getCustomers()).isEqualTo(2);
        assertThat(january.getShares()).containsExactly(new java.math.BigDecimal("1.0000"),
                new java.math.BigDecimal("0.5000"), new java.math.BigDecimal("1.0000"));
        CohortRetention.Cohort february = table.getCohorts().get(1);
        assertThat(february.getCustomers()).isEqualTo(1);
        assertThat(february.getShares()).containsExactly(new java.math.BigDecimal("1.0000"),
                new java.math.BigDecimal("0.0000"));
        assertThat(table.getMonths()).isEqualTo(3);
    }

    @Test
    void shouldLeaveAMonthWithoutNewCustomersWithoutShares() {
        Map<Long, Instant> firsts = new HashMap<Long, Instant>();
        firsts.put(1L, at("2023-12-05")); // before the table: in no cohort
        Orders orders = history().order(1, "2023-12-05", "1").order(1, "2024-01-07", "1");

        CohortRetention table = CohortRetention.of(YearMonth.of(2024, 1), YearMonth.of(2024, 2), orders.list(), firsts);

        assertThat(table.getCohorts().get(0).getCustomers()).isZero();
        assertThat(table.getCohorts().get(0).getShares()).containsExactly(null, null);
    }
}
