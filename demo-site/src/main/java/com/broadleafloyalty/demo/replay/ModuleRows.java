package com.broadleafloyalty.demo.replay;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows in the module's tables ({@code LOY_...}) whose ids come from {@code SEQUENCE_GENERATOR}, which Broadleaf
 * reserves {@value #IDS_PER_ALLOCATION} at a time with one SELECT and one UPDATE that Hibernate's prepared-statement
 * count does not include: this estimates them per order. Earned batches take their ledger entry's id and the reward
 * catalog is the demo's own, so neither counts.
 */
final class ModuleRows {

    static final int IDS_PER_ALLOCATION = 50;

    private ModuleRows() {
    }

    static long count(JdbcTemplate jdbc) {
        long rows = 0;
        for (String table : jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_NAME LIKE 'LOY\\_%' AND TABLE_NAME NOT IN ('LOY_REWARD_ITEM', 'LOY_EARNED_BATCH')",
                String.class)) {
            rows += jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        }
        return rows;
    }

    /** Id-allocation statements per order for {@code rows} module rows written by {@code orders} orders. */
    static double allocationStatementsPerOrder(long rows, int orders) {
        return orders == 0 ? 0 : 2.0 * rows / IDS_PER_ALLOCATION / orders;
    }
}
