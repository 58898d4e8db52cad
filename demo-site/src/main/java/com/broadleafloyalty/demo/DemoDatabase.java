package com.broadleafloyalty.demo;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The demo shop's embedded H2 database: a file under the data folder, so customers, orders and points survive a
 * restart. Opening it before Spring starts turns a locked or corrupted file into one clear message instead of a
 * stack trace from whichever bean touched the database first.
 */
public final class DemoDatabase {

    /** System property through which the Spring contexts receive the JDBC URL. */
    public static final String URL_PROPERTY = "loyalty.demo.jdbc.url";
    /** System property telling Hibernate whether to create the schema (first start) or update it. */
    public static final String SCHEMA_PROPERTY = "loyalty.demo.schema";
    /** System property holding the import files for a first start (empty on later starts). */
    public static final String IMPORT_PROPERTY = "loyalty.demo.import.files";
    /** System properties: database user, password and Hibernate dialect (H2 unless {@link DemoPostgresDatabase}). */
    public static final String USERNAME_PROPERTY = "loyalty.demo.jdbc.username";
    public static final String PASSWORD_PROPERTY = "loyalty.demo.jdbc.password";
    public static final String DIALECT_PROPERTY = "loyalty.demo.hibernate.dialect";

    static final String IMPORT_FILES = "/config/bc/sql/load_admin_permissions.sql,"
            + "/config/bc/sql/load_admin_roles.sql,"
            + "/config/bc/sql/load_admin_menu.sql,"
            + "/config/loyalty/sql/load_loyalty_admin_security.sql,"
            + "/admin/sql/load_demo_admin_user.sql,"
            + "/admin/sql/load_demo_outbox_section.sql,"
            + "/sql/demo_catalog.sql";

    private final String url;
    private final boolean fresh;
    private final String user;
    private final String password;
    private final String dialect;

    private DemoDatabase(String url, boolean fresh) {
        this(url, fresh, "sa", "", "org.hibernate.dialect.H2Dialect");
    }

    DemoDatabase(String url, boolean fresh, String user, String password, String dialect) {
        this.url = url;
        this.fresh = fresh;
        this.user = user;
        this.password = password;
        this.dialect = dialect;
    }

    /** The file database {@code <dataDir>/shop.mv.db}. */
    public static DemoDatabase inFolder(File dataDir) {
        File file = new File(dataDir, "shop.mv.db");
        String path = new File(dataDir, "shop").getAbsolutePath();
        // AUTO_SERVER would let a second process in; the demo wants one shop per file, so a clear lock error.
        return new DemoDatabase("jdbc:h2:file:" + path + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000", !file.exists());
    }

    /** A private in-memory database, for tests. */
    public static DemoDatabase inMemory(String name) {
        return new DemoDatabase("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", true);
    }

    public String url() {
        return url;
    }

    public boolean isFresh() {
        return fresh;
    }

    /** Opens and closes one connection; throws {@link DemoStartupException} with the reason when it cannot. */
    public void checkUsable() {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.isValid(2);
        } catch (SQLException e) {
            throw new DemoStartupException(explain(e), e);
        }
    }

    private String explain(SQLException e) {
        if (url.startsWith("jdbc:postgresql:")) {
            return DemoPostgresDatabase.explain(url, user, e);
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("already in use") || message.contains("locked")) {
            return "The demo database " + url + " is locked by another process. Is the shop already running? "
                    + "Stop it, or start this one with --data <another folder>.";
        }
        if (message.contains("corrupt") || message.contains("File corrupted") || message.contains("not a valid")
                || e.getErrorCode() == 90030 || e.getErrorCode() == 90048) {
            return "The demo database file " + url + " is corrupted (" + firstLine(message) + "). "
                    + "Delete the data folder to start with fresh demo data.";
        }
        return "Cannot open the demo database " + url + ": " + firstLine(message);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Publishes the settings the Spring contexts read through placeholders. */
    void publish() {
        System.setProperty(URL_PROPERTY, url);
        System.setProperty(SCHEMA_PROPERTY, fresh ? "create" : "update");
        System.setProperty(IMPORT_PROPERTY, fresh ? IMPORT_FILES : "");
        System.setProperty(USERNAME_PROPERTY, user);
        System.setProperty(PASSWORD_PROPERTY, password);
        System.setProperty(DIALECT_PROPERTY, dialect);
        if (url.startsWith("jdbc:postgresql:")) {
            // Hibernate's probe of Connection.createClob() fails on PostgreSQL's driver (the pool then drops the
            // connection, with a stack trace); Broadleaf's text LOBs never need it. Hibernate reads this property.
            System.setProperty("hibernate.jdbc.lob.non_contextual_creation", "true");
        }
    }
}
