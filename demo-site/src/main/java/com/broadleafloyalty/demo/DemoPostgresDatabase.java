package com.broadleafloyalty.demo;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The demo shop on an existing PostgreSQL database instead of its H2 file. The database must exist and the user must
 * be allowed to create tables in it; the shop creates the schema and loads the demo data on the first start only
 * ("first" = the database has no {@code BLC_ORDER} table yet), and keeps everything on later starts.
 * <p>
 * Given as {@code --db postgresql://user:password@host:5432/dbname} (libpq's URI form; {@code postgres://} too) or as
 * {@code --jdbc-url jdbc:postgresql://host:5432/dbname --db-user user --db-password password}. A password not given
 * on the command line is read from the environment variable {@code PGPASSWORD}.
 */
public final class DemoPostgresDatabase {

    public static final String DIALECT = "org.hibernate.dialect.PostgreSQLDialect";
    /** The table whose presence tells an existing shop from a fresh database. */
    static final String MARKER_TABLE = "blc_order";

    private DemoPostgresDatabase() {
    }

    /**
     * Resolves the command-line settings ({@code --db} URI, or {@code --jdbc-url} with {@code --db-user} and
     * {@code --db-password}), connects once and decides whether this is a first start. Any problem becomes a
     * {@link DemoStartupException} saying what to fix.
     */
    public static DemoDatabase open(String dbUri, String jdbcUrl, String user, String password) {
        String url = jdbcUrl;
        String resolvedUser = user;
        String resolvedPassword = password;
        if (dbUri != null) {
            if (dbUri.startsWith("jdbc:")) {
                url = dbUri;
            } else {
                String[] parsed = parseUri(dbUri);
                url = parsed[0];
                resolvedUser = resolvedUser != null ? resolvedUser : parsed[1];
                resolvedPassword = resolvedPassword != null ? resolvedPassword : parsed[2];
            }
        }
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new DemoStartupException("--jdbc-url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/dbname), "
                    + "got '" + url + "'", null);
        }
        if (resolvedPassword == null) {
            resolvedPassword = System.getenv("PGPASSWORD");
        }
        if (resolvedUser == null || resolvedUser.isEmpty()) {
            throw new DemoStartupException("No database user for " + url + ": give --db-user, or the user in "
                    + "--db postgresql://user:password@host:5432/dbname", null);
        }
        return connect(url, resolvedUser, resolvedPassword == null ? "" : resolvedPassword);
    }

    /** The PostgreSQL database at {@code url}: connects once and decides whether this is a first start. */
    public static DemoDatabase connect(String url, String user, String password) {
        boolean fresh;
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            fresh = !hasTable(connection, MARKER_TABLE);
        } catch (SQLException e) {
            throw new DemoStartupException(explain(url, user, e), e);
        }
        return new DemoDatabase(url, fresh, user, password, DIALECT);
    }

    static boolean hasTable(Connection connection, String table) throws SQLException {
        String schema;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT current_schema()")) {
            rs.next();
            schema = rs.getString(1);
        }
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {table.toLowerCase(java.util.Locale.ROOT), table.toUpperCase(java.util.Locale.ROOT)}) {
            try (ResultSet tables = meta.getTables(null, schema, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code postgresql://user:password@host:port/dbname?param=value} to {JDBC URL, user, password}; user and
     * password may be absent (null), the port defaults to 5432, the host to localhost.
     */
    static String[] parseUri(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            // The reason and position only: the text may hold a password.
            throw new DemoStartupException("--db must look like postgresql://user:password@host:5432/dbname ("
                    + e.getReason() + " at index " + e.getIndex() + "; percent-encode special characters)", null);
        }
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new DemoStartupException("--db must look like postgresql://user:password@host:5432/dbname "
                    + "(only PostgreSQL is supported besides the default H2 file), got scheme '" + uri.getScheme()
                    + "'", null);
        }
        String path = uri.getRawPath();
        if (path == null || path.length() <= 1) {
            throw new DemoStartupException("--db names no database: postgresql://user:password@host:5432/dbname", null);
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String url = "jdbc:postgresql://" + host + ":" + port + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String user = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        return new String[] {url, user, password};
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One sentence for the reasons a PostgreSQL connection fails at start-up. */
    static String explain(String url, String user, SQLException e) {
        String message = String.valueOf(e.getMessage());
        String state = String.valueOf(e.getSQLState());
        if (state.equals("08001") || message.contains("Connection refused")) {
            return "Cannot reach the PostgreSQL server of " + url + " (" + firstLine(message) + "). Is it running, "
                    + "and listening on that host and port?";
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return "PostgreSQL refused user '" + user + "' for " + url + " (" + firstLine(message) + "). Check the "
                    + "user and password (--db-user/--db-password, or postgresql://user:password@...).";
        }
        if (state.equals("3D000")) {
            return "The database of " + url + " does not exist (" + firstLine(message) + "). Create it first, e.g. "
                    + "createdb -O " + user + " <dbname>.";
        }
        return "Cannot open the PostgreSQL database " + url + ": " + firstLine(message);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
