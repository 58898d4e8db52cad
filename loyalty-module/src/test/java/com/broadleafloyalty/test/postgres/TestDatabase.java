package com.broadleafloyalty.test.postgres;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.Locale;
import java.util.Optional;

/**
 * Which database the integration-test context ({@code LoyaltyTestContext}) boots on, chosen by system property
 * {@value #PROPERTY}: {@code h2} (the default, in-memory) or {@code postgres} (a throwaway {@link PostgresServer}).
 * <p>
 * {@link #configure()} publishes the choice as the system properties that {@code bl-loyalty-test-applicationContext.xml}
 * and {@code runtime-properties/common-shared.properties} read through placeholders with H2 defaults:
 * {@value #URL}, {@value #USERNAME}, {@value #PASSWORD} and {@value #DIALECT}. When PostgreSQL is asked for and
 * {@value #URL} is already set, that database is used as it is (an existing server); otherwise a throwaway server
 * is started. When PostgreSQL is asked for but cannot run here, the context falls back to H2 and says so loudly.
 */
public final class TestDatabase {

    private static final Log LOG = LogFactory.getLog(TestDatabase.class);

    public static final String PROPERTY = "loyalty.test.db";
    public static final String URL = "loyalty.test.jdbc.url";
    public static final String USERNAME = "loyalty.test.jdbc.username";
    public static final String PASSWORD = "loyalty.test.jdbc.password";
    public static final String DIALECT = "loyalty.test.hibernate.dialect";

    public static final String POSTGRESQL_DIALECT = "org.hibernate.dialect.PostgreSQLDialect";
    /**
     * Hibernate 4.1 probes {@code Connection.createClob()} once per persistence unit; the PostgreSQL driver does not
     * implement it, and HikariCP then evicts the connection with a stack trace. Broadleaf's text LOBs use
     * {@code StringClobType} (character streams), which never needs contextual LOBs: skip the probe. Hibernate reads
     * this from the system properties.
     */
    public static final String NON_CONTEXTUAL_LOBS = "hibernate.jdbc.lob.non_contextual_creation";

    /** The databases the test context can boot on. */
    public enum Kind {
        H2("in-memory H2"), POSTGRESQL("PostgreSQL");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static Kind selected;
    private static String description;

    private TestDatabase() {
    }

    /** True when {@value #PROPERTY} asks for PostgreSQL ({@code postgres}, {@code postgresql} or {@code pg}). */
    public static boolean postgresRequested() {
        String value = System.getProperty(PROPERTY, "h2").trim().toLowerCase(Locale.ROOT);
        return value.equals("postgres") || value.equals("postgresql") || value.equals("pg");
    }

    /** Decides the database (once per JVM) and publishes its settings as system properties. */
    public static synchronized Kind configure() {
        if (selected != null) {
            return selected;
        }
        if (!postgresRequested()) {
            selected = Kind.H2;
            description = Kind.H2.label();
            return selected;
        }
        String existing = System.getProperty(URL);
        if (existing != null && existing.startsWith("jdbc:postgresql:")) {
            System.setProperty(DIALECT, System.getProperty(DIALECT, POSTGRESQL_DIALECT));
            System.setProperty(NON_CONTEXTUAL_LOBS, "true");
            selected = Kind.POSTGRESQL;
            description = "PostgreSQL at " + existing;
            return selected;
        }
        Optional<PostgresServer> server = PostgresServer.running();
        if (server.isPresent()) {
            PostgresServer postgres = server.get();
            System.setProperty(URL, postgres.jdbcUrl(PostgresServer.DEFAULT_DATABASE));
            System.setProperty(USERNAME, postgres.user());
            System.setProperty(PASSWORD, postgres.password());
            System.setProperty(DIALECT, POSTGRESQL_DIALECT);
            System.setProperty(NON_CONTEXTUAL_LOBS, "true");
            selected = Kind.POSTGRESQL;
            description = "a throwaway PostgreSQL server (" + postgres.version() + ") at "
                    + postgres.jdbcUrl(PostgresServer.DEFAULT_DATABASE);
            return selected;
        }
        String banner = "**********************************************************************************";
        LOG.warn(banner);
        LOG.warn("* " + PROPERTY + "=" + System.getProperty(PROPERTY) + " asked for PostgreSQL, but PostgreSQL is not "
                + "available: " + PostgresServer.unavailableReason());
        LOG.warn("* FALLING BACK TO IN-MEMORY H2: the tests tagged 'postgresql' in this JVM run on H2 ONLY.");
        LOG.warn(banner);
        selected = Kind.H2;
        description = Kind.H2.label() + " (PostgreSQL was asked for but is not available: "
                + PostgresServer.unavailableReason() + ")";
        return selected;
    }

    /** The database the context boots on; decides it first when nothing has yet. */
    public static Kind selected() {
        return configure();
    }

    /** One line for logs: which database, and where. */
    public static synchronized String describe() {
        configure();
        return description;
    }
}
