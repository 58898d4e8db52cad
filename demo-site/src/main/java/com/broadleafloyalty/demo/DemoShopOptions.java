package com.broadleafloyalty.demo;

/** Command-line options of the demo shop. */
final class DemoShopOptions {

    static final String USAGE = "usage: java -jar demo-site/target/demo-site.jar [--port 8080] [--host 127.0.0.1] [--data data]"
            + "\n       [--db postgresql://user:password@host:5432/dbname | --jdbc-url jdbc:postgresql://host:5432/dbname"
            + " --db-user user [--db-password password]]";

    int port = 8080;
    String host = "127.0.0.1";
    String dataDir = "data";
    /** PostgreSQL instead of the H2 file: see {@link DemoPostgresDatabase#open}. */
    String db;
    String jdbcUrl;
    String dbUser;
    String dbPassword;

    static DemoShopOptions parse(String[] args) {
        DemoShopOptions options = new DemoShopOptions();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + name);
            }
            String value = args[++i];
            if ("--port".equals(name)) {
                options.port = parsePort(value);
            } else if ("--host".equals(name)) {
                options.host = value;
            } else if ("--data".equals(name)) {
                options.dataDir = value;
            } else if ("--db".equals(name)) {
                options.db = value;
            } else if ("--jdbc-url".equals(name)) {
                options.jdbcUrl = value;
            } else if ("--db-user".equals(name)) {
                options.dbUser = value;
            } else if ("--db-password".equals(name)) {
                options.dbPassword = value;
            } else {
                throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return options;
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535, got " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number, got '" + value + "'");
        }
    }
}
