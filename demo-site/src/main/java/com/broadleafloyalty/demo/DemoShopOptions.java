package com.broadleafloyalty.demo;

import com.broadleafloyalty.support.command.HelpOption;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Command-line options of the demo shop. */
@Command(name = "java -jar demo-site/target/demo-site.jar", sortOptions = false, sortSynopsis = false,
        description = "Runs the demo shop (storefront and admin) with the loyalty module, on an H2 file in --data or"
                + " on PostgreSQL (--db or --jdbc-url).",
        exitCodeListHeading = "Exit status:%n", exitCodeList = {"0:stopped", "1:the shop could not start",
            "2:bad options"})
class DemoShopOptions {

    @Option(names = "--port", paramLabel = "PORT", converter = Port.class,
            description = "HTTP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of the H2 database (default "
            + "${DEFAULT-VALUE}).")
    String dataDir = "data";

    /** PostgreSQL instead of the H2 file: see {@link DemoPostgresDatabase#open}. */
    @Option(names = "--db", paramLabel = "postgresql://user:password@host:5432/dbname",
            description = "PostgreSQL database instead of the H2 file.")
    String db;

    @Option(names = "--jdbc-url", paramLabel = "jdbc:postgresql://host:5432/dbname",
            description = "PostgreSQL database as a JDBC URL (with --db-user, --db-password).")
    String jdbcUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "User for --jdbc-url.")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", description = "Password for --jdbc-url.")
    String dbPassword;

    @Mixin
    HelpOption help;

    /** 0 to 65535. */
    static final class Port implements CommandLine.ITypeConverter<Integer> {

        @Override
        public Integer convert(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 0 && port <= 65535) {
                    return port;
                }
                throw new CommandLine.TypeConversionException("port must be 0 to 65535, got " + value);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("port must be a number, got '" + value + "'");
            }
        }
    }
}
