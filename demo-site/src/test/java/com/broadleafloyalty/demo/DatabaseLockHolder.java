package com.broadleafloyalty.demo;

import java.sql.Connection;
import java.sql.DriverManager;

/** Another process holding the demo database open, as a second running shop would. */
public final class DatabaseLockHolder {

    static final String READY = "holding";

    private DatabaseLockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
            connection.createStatement().execute("CREATE TABLE IF NOT EXISTS LOCK_PROBE (ID INT)");
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
