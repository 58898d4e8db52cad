package com.broadleafloyalty.demo.admin;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a refused request must leave as it was, read straight from the shop's database: every loyalty table (ledger,
 * batches, reservations, reward items and their stock, tiers, VIP offers and codes, referrals, profiles, feedback,
 * returns) and Broadleaf's orders, order lines, fulfillment, addresses, payments, customers and offer codes. Timestamps
 * are left out (a page view may touch them); everything else is compared row by row.
 */
final class ShopState {

    private static final java.util.Set<String> IGNORED = new java.util.HashSet<String>(java.util.Arrays.asList(
            "LOY_THROTTLE", "LOY_CUSTOMER_ENGAGEMENT", "LOY_ENGAGEMENT_MAIL"));

    private static final List<String> BROADLEAF_TABLES = Arrays.asList("BLC_ORDER", "BLC_ORDER_ITEM",
            "BLC_FULFILLMENT_GROUP", "BLC_ADDRESS", "BLC_ORDER_PAYMENT", "BLC_CUSTOMER", "BLC_OFFER_CODE",
            "BLC_OFFER", "BLC_CANDIDATE_ORDER_OFFER", "BLC_ORDER_OFFER_CODE_XREF");

    private final String jdbcUrl;
    private List<String> queries;

    ShopState(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** One line per row of every watched table. */
    String read() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "");
             Statement statement = connection.createStatement()) {
            if (queries == null) {
                queries = queries(statement);
            }
            StringBuilder state = new StringBuilder();
            for (String query : queries) {
                try (ResultSet rows = statement.executeQuery(query)) {
                    int columns = rows.getMetaData().getColumnCount();
                    String table = rows.getMetaData().getTableName(1);
                    while (rows.next()) {
                        state.append(table);
                        for (int i = 1; i <= columns; i++) {
                            state.append('|').append(rows.getString(i));
                        }
                        state.append('\n');
                    }
                }
            }
            return state.toString();
        }
    }

    /** The rows that differ between two readings, for the failure message. */
    static String difference(String before, String after) {
        Set<String> gone = new LinkedHashSet<String>(Arrays.asList(before.split("\n")));
        Set<String> added = new LinkedHashSet<String>(Arrays.asList(after.split("\n")));
        Set<String> common = new LinkedHashSet<String>(gone);
        common.retainAll(added);
        gone.removeAll(common);
        added.removeAll(common);
        String text = "before " + gone + " after " + added;
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }

    private static List<String> queries(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<String>();
        try (ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'TABLE' ORDER BY TABLE_NAME")) {
            while (rows.next()) {
                String table = rows.getString(1);
                // LOY_THROTTLE counts refused attempts: recording them is the point, not a change to the shop. The
                // engagement tables are written by the demo's lifecycle mail job, which runs every minute on its own.
                if ((table.startsWith("LOY_") && !IGNORED.contains(table)) || BROADLEAF_TABLES.contains(table)) {
                    tables.add(table);
                }
            }
        }
        List<String> queries = new ArrayList<String>();
        for (String table : tables) {
            List<String> columns = new ArrayList<String>();
            try (ResultSet rows = statement.executeQuery("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = '" + table + "' ORDER BY ORDINAL_POSITION")) {
                while (rows.next()) {
                    String column = rows.getString(1);
                    // Timestamps and optimistic-lock versions move when a row is only locked or looked at.
                    if (!column.contains("DATE") && !column.contains("UPDATED") && !column.contains("CREATED")
                            && !column.contains("VERSION")) {
                        columns.add(column);
                    }
                }
            }
            if (!columns.isEmpty()) {
                queries.add("SELECT " + String.join(", ", columns) + " FROM " + table + " ORDER BY 1");
            }
        }
        return queries;
    }
}
