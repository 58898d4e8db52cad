package com.broadleafloyalty.demo.admin;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads LOY_REWARD_ITEM straight from the database, to see what the admin really saved. */
final class RewardItemTable {

    private final String jdbcUrl;

    RewardItemTable(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    int count() throws SQLException {
        return Integer.parseInt(query("SELECT COUNT(*) FROM LOY_REWARD_ITEM", null));
    }

    /** The saved item of that name as "points cost, type, active, stock", or null when there is none. */
    String rowOf(String name) throws SQLException {
        return query("SELECT POINTS_COST || ', ' || REWARD_TYPE || ', ' || ACTIVE || ', ' || IFNULL(CAST(STOCK AS VARCHAR), 'unlimited')"
                + " FROM LOY_REWARD_ITEM WHERE NAME = ?", name);
    }

    private String query(String sql, String parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
