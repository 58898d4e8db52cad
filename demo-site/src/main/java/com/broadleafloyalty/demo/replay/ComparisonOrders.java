package com.broadleafloyalty.demo.replay;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * The comparison orders (placed with the module off, only to measure what it costs) marked cancelled in the
 * throwaway shop before its figures are reported: they earned nothing, and the report counts each invoice once.
 */
final class ComparisonOrders {

    static final String CANCELLED = "CANCELLED";
    private static final int BATCH = 500;

    private ComparisonOrders() {
    }

    static void cancel(JdbcTemplate jdbc, List<Long> orderIds) {
        List<Object[]> rows = new ArrayList<Object[]>();
        for (Long id : orderIds) {
            rows.add(new Object[] {CANCELLED, id});
            if (rows.size() == BATCH) {
                jdbc.batchUpdate("UPDATE BLC_ORDER SET ORDER_STATUS = ? WHERE ORDER_ID = ?", rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("UPDATE BLC_ORDER SET ORDER_STATUS = ? WHERE ORDER_ID = ?", rows);
        }
    }
}
