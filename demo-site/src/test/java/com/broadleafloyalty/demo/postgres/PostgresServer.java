package com.broadleafloyalty.demo.postgres;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A copy of loyalty-module's {@code com.broadleafloyalty.test.postgres.PostgresServer} (test code is not shared
 * between modules here; keep the two in step).
 * <p>
 * A throwaway PostgreSQL server for tests, started from Debian's binaries ({@code /usr/lib/postgresql/<v>/bin/initdb}
 * and {@code pg_ctl}, package {@code postgresql}) in a temporary directory, listening on 127.0.0.1 on a free port,
 * with password authentication for a generated user. It is started at most once per JVM and stopped and deleted
 * when the JVM exits.
 * <p>
 * PostgreSQL refuses to run as root: when the tests run as root, initdb and pg_ctl run as the {@code postgres} OS
 * user (created by the Debian package) through {@code runuser}, on a data directory that user owns. Otherwise they
 * run as the current user.
 * <p>
 * {@link #startIfAvailable()} returns the JDBC URL of a fresh database, or empty (with the reason logged) when no
 * PostgreSQL binaries are installed or the server cannot start. Environment variable {@code LOYALTY_POSTGRES_REQUIRED=true}
 * (set by {@code .ci/run} when the install succeeded) turns "cannot start" into an error instead of an H2 fallback;
 * {@code LOYALTY_POSTGRES_BIN} points at another PostgreSQL {@code bin} directory.
 */
public final class PostgresServer {

    private static final Log LOG = LogFactory.getLog(PostgresServer.class);

    /** Name prefix of the temporary directories; stale ones of dead JVMs are cleaned up at the next start. */
    static final String DIR_PREFIX = "loyalty-pg-";
    public static final String USER = "loyalty";
    public static final String DEFAULT_DATABASE = "loyalty";
    private static final String OWNER_FILE = "owner.pid";
    private static final long TIMEOUT_SECONDS = 120;

    private static PostgresServer instance;
    private static String unavailableReason;

    private final Path binDir;
    private final Path baseDir;
    private final Path dataDir;
    private final int port;
    private final String password;
    private final boolean asPostgresUser;
    private final String version;
    private final long startMillis;

    private PostgresServer(Path binDir, Path baseDir, int port, String password, boolean asPostgresUser,
            String version, long startMillis) {
        this.binDir = binDir;
        this.baseDir = baseDir;
        this.dataDir = baseDir.resolve("data");
        this.port = port;
        this.password = password;
        this.asPostgresUser = asPostgresUser;
        this.version = version;
        this.startMillis = startMillis;
    }

    /**
     * Starts the JVM's PostgreSQL server (once) and returns the JDBC URL of its database {@value #DEFAULT_DATABASE},
     * or empty when PostgreSQL is not available here (the reason is logged and kept in {@link #unavailableReason()}).
     */
    public static Optional<String> startIfAvailable() {
        return running().map(server -> server.jdbcUrl(DEFAULT_DATABASE));
    }

    /** The JVM's server, started on first use; empty when PostgreSQL cannot run here. */
    public static synchronized Optional<PostgresServer> running() {
        if (instance != null) {
            return Optional.of(instance);
        }
        if (unavailableReason != null) {
            return Optional.empty();
        }
        try {
            instance = start();
            return Optional.of(instance);
        } catch (Unavailable e) {
            unavailableReason = e.getMessage();
            failIfRequired(e);
        } catch (Exception e) {
            unavailableReason = "the PostgreSQL server did not start: " + e;
            failIfRequired(e);
        }
        LOG.warn("PostgreSQL is not available: " + unavailableReason);
        return Optional.empty();
    }

    private static void failIfRequired(Exception cause) {
        if (required()) {
            throw new IllegalStateException("PostgreSQL is required here (LOYALTY_POSTGRES_REQUIRED=true) but "
                    + unavailableReason, cause);
        }
    }

    /** Why {@link #running()} is empty, or null when it is not. */
    public static synchronized String unavailableReason() {
        return unavailableReason;
    }

    /** True when {@code LOYALTY_POSTGRES_REQUIRED=true} (or system property {@code loyalty.postgres.required}). */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("LOYALTY_POSTGRES_REQUIRED"))
                || Boolean.getBoolean("loyalty.postgres.required");
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    /** The server's own version line, e.g. "PostgreSQL 15.18 (Debian 15.18-0+deb12u1) on x86_64...". */
    public String version() {
        return version;
    }

    /** initdb + start, in milliseconds. */
    public long startMillis() {
        return startMillis;
    }

    /** Creates a new empty database owned by {@link #USER} and returns its JDBC URL. */
    public String createDatabase(String name) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits and _: " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
        return jdbcUrl(name);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static PostgresServer start() throws Exception {
        long start = System.nanoTime();
        Path binDir = findBinDir();
        boolean root = isRoot();
        if (root) {
            requirePostgresUser();
        }
        cleanUpStaleServers(root);

        Path tmp = Paths.get(System.getProperty("java.io.tmpdir"));
        if (root) {
            // The postgres user must reach the directory: the JVM's temp dir may be private to root.
            tmp = Paths.get("/tmp");
        }
        Path baseDir = Files.createTempDirectory(tmp, DIR_PREFIX);
        Files.write(baseDir.resolve(OWNER_FILE), currentPid().getBytes(StandardCharsets.US_ASCII));
        String password = randomPassword();
        Path pwFile = baseDir.resolve("pwfile");
        Files.write(pwFile, password.getBytes(StandardCharsets.US_ASCII));
        Path dataDir = baseDir.resolve("data");
        if (root) {
            chownToPostgres(baseDir);
            chownToPostgres(pwFile);
        }

        PostgresServer server = null;
        try {
            run(root, Arrays.asList(binDir.resolve("initdb").toString(), "-D", dataDir.toString(),
                    "-U", USER, "--pwfile=" + pwFile, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C",
                    "--no-sync"), baseDir.resolve("initdb.log"));
            Files.deleteIfExists(pwFile);

            Exception last = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                int port = freePort();
                try {
                    run(root, Arrays.asList(binDir.resolve("pg_ctl").toString(), "-D", dataDir.toString(),
                            "-l", baseDir.resolve("server.log").toString(), "-w", "-t", "60",
                            "-o", "-p " + port + " -h 127.0.0.1 -k " + baseDir
                                    + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                                    + " -c max_connections=100",
                            "start"), baseDir.resolve("pg_ctl.log"));
                    server = new PostgresServer(binDir, baseDir, port, password, root, "",
                            (System.nanoTime() - start) / 1_000_000);
                    break;
                } catch (IOException e) {
                    last = e;
                    LOG.warn("PostgreSQL did not start on port " + port + " (" + e.getMessage() + "); retrying");
                }
            }
            if (server == null) {
                throw last;
            }
            final PostgresServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stopAndDelete, "postgres-stop"));
            String version;
            try (Connection connection = DriverManager.getConnection(started.jdbcUrl("postgres"), USER, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + DEFAULT_DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
                java.sql.ResultSet rs = statement.executeQuery("SELECT version()");
                rs.next();
                version = rs.getString(1);
            }
            PostgresServer ready = new PostgresServer(binDir, baseDir, started.port, password, root, version,
                    (System.nanoTime() - start) / 1_000_000);
            LOG.info("Throwaway PostgreSQL server started in " + ready.startMillis + " ms on 127.0.0.1:" + ready.port
                    + " (" + version + "), data in " + dataDir + (root ? ", running as OS user postgres" : ""));
            return ready;
        } catch (Exception e) {
            if (server == null) {
                deleteRecursively(baseDir);
            }
            throw e;
        }
    }

    private void stopAndDelete() {
        try {
            run(asPostgresUser, Arrays.asList(binDir.resolve("pg_ctl").toString(), "-D", dataDir.toString(),
                    "-m", "immediate", "-w", "-t", "30", "stop"), null);
        } catch (Exception e) {
            System.err.println("Could not stop the throwaway PostgreSQL server in " + dataDir + ": " + e.getMessage());
        }
        deleteRecursively(baseDir);
    }

    /** Newest /usr/lib/postgresql/<version>/bin holding initdb and pg_ctl (or LOYALTY_POSTGRES_BIN). */
    private static Path findBinDir() throws Unavailable {
        String override = System.getenv("LOYALTY_POSTGRES_BIN");
        if (override != null && !override.isEmpty()) {
            Path bin = Paths.get(override);
            if (Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"))) {
                return bin;
            }
            throw new Unavailable("LOYALTY_POSTGRES_BIN=" + override + " holds no initdb and pg_ctl");
        }
        File[] versions = new File("/usr/lib/postgresql").listFiles(File::isDirectory);
        Path best = null;
        int bestVersion = -1;
        if (versions != null) {
            for (File dir : versions) {
                Path bin = dir.toPath().resolve("bin");
                int v = parseMajor(dir.getName());
                if (v > bestVersion && Files.isExecutable(bin.resolve("initdb"))
                        && Files.isExecutable(bin.resolve("pg_ctl"))) {
                    best = bin;
                    bestVersion = v;
                }
            }
        }
        if (best == null) {
            throw new Unavailable("no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb and pg_ctl); "
                    + "install Debian's package: apt-get install -y postgresql");
        }
        return best;
    }

    private static int parseMajor(String name) {
        try {
            return Integer.parseInt(name.replaceAll("[^0-9].*$", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isRoot() {
        if (!"root".equals(System.getProperty("user.name"))) {
            // user.name can lie (e.g. HOME-based), so ask the kernel when it says root; otherwise trust it.
            return "0".equals(quietOutput("id", "-u"));
        }
        return true;
    }

    private static void requirePostgresUser() throws Unavailable {
        try {
            FileSystemsHolder.lookup().lookupPrincipalByName("postgres");
        } catch (UserPrincipalNotFoundException e) {
            throw new Unavailable("the tests run as root and PostgreSQL refuses root, but there is no OS user "
                    + "'postgres' to run it as (Debian's postgresql package creates it)");
        } catch (IOException e) {
            throw new Unavailable("cannot look up the OS user 'postgres': " + e.getMessage());
        }
        if (!Files.isExecutable(Paths.get("/usr/sbin/runuser")) && !Files.isExecutable(Paths.get("/sbin/runuser"))
                && !Files.isExecutable(Paths.get("/bin/su"))) {
            throw new Unavailable("the tests run as root and there is neither runuser nor su to run PostgreSQL "
                    + "as the OS user 'postgres'");
        }
    }

    private static void chownToPostgres(Path path) throws IOException {
        UserPrincipalLookupService lookup = FileSystemsHolder.lookup();
        UserPrincipal user = lookup.lookupPrincipalByName("postgres");
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        view.setOwner(user);
        try {
            GroupPrincipal group = lookup.lookupPrincipalByGroupName("postgres");
            view.setGroup(group);
        } catch (UserPrincipalNotFoundException ignored) {
            // the user's own group is enough
        }
    }

    /** Runs a PostgreSQL program, as the postgres OS user when {@code asPostgres}; output goes to {@code log}. */
    private static void run(boolean asPostgres, List<String> command, Path log) throws IOException,
            InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            if (Files.isExecutable(Paths.get("/usr/sbin/runuser")) || Files.isExecutable(Paths.get("/sbin/runuser"))) {
                full.add(Files.isExecutable(Paths.get("/usr/sbin/runuser")) ? "/usr/sbin/runuser" : "/sbin/runuser");
                full.add("-u");
                full.add("postgres");
                full.add("--");
                full.addAll(command);
            } else {
                StringBuilder shell = new StringBuilder();
                for (String part : command) {
                    shell.append(shell.length() == 0 ? "" : " ").append('\'').append(part.replace("'", "'\\''"))
                            .append('\'');
                }
                full.addAll(Arrays.asList("/bin/su", "postgres", "-s", "/bin/sh", "-c", shell.toString()));
            }
        } else {
            full.addAll(command);
        }
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        // pg_ctl's server inherits the environment: keep it out of the JVM's locale and HOME quirks.
        builder.environment().put("LC_ALL", "C");
        builder.environment().remove("PGDATA");
        builder.directory(new File("/"));
        File output = log != null ? log.toFile() : File.createTempFile("loyalty-pg", ".log");
        builder.redirectOutput(output);
        Process process = builder.start();
        boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        String text = new String(Files.readAllBytes(output.toPath()), StandardCharsets.UTF_8).trim();
        if (log == null) {
            output.delete();
        }
        if (process.exitValue() != 0) {
            String serverLog = "";
            if (log != null) {
                Path server = log.resolveSibling("server.log");
                if (Files.exists(server)) {
                    serverLog = "; server log: " + tail(new String(Files.readAllBytes(server), StandardCharsets.UTF_8));
                }
            }
            throw new IOException(Paths.get(command.get(0)).getFileName() + " exited with " + process.exitValue()
                    + ": " + tail(text) + serverLog);
        }
    }

    private static String tail(String text) {
        String trimmed = text.trim();
        return trimmed.length() <= 1500 ? trimmed : "..." + trimmed.substring(trimmed.length() - 1500);
    }

    private static String quietOutput(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] bytes = readAll(process.getInputStream());
            process.waitFor(10, TimeUnit.SECONDS);
            return new String(bytes, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        for (int i = 0; i < 24; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    private static String currentPid() {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        int at = name.indexOf('@');
        return at > 0 ? name.substring(0, at) : name;
    }

    /**
     * Servers of JVMs that died without running their shutdown hook (killed forks) would run forever: stop them and
     * delete their directories. Only directories with this class's prefix whose owner JVM is gone are touched.
     */
    private static void cleanUpStaleServers(boolean root) {
        File[] candidates = new File(root ? "/tmp" : System.getProperty("java.io.tmpdir"))
                .listFiles((dir, name) -> name.startsWith(DIR_PREFIX));
        if (candidates == null) {
            return;
        }
        for (File dir : candidates) {
            Path owner = dir.toPath().resolve(OWNER_FILE);
            try {
                String pid = new String(Files.readAllBytes(owner), StandardCharsets.US_ASCII).trim();
                if (pid.isEmpty() || Files.exists(Paths.get("/proc", pid))) {
                    continue;
                }
                Path data = dir.toPath().resolve("data");
                if (Files.exists(data.resolve("postmaster.pid"))) {
                    Optional<Path> bin = Optional.ofNullable(findBinDirQuietly());
                    if (bin.isPresent()) {
                        run(root, Arrays.asList(bin.get().resolve("pg_ctl").toString(), "-D", data.toString(),
                                "-m", "immediate", "-w", "-t", "30", "stop"), null);
                    }
                }
                deleteRecursively(dir.toPath());
                LOG.info("Removed the throwaway PostgreSQL server of a JVM that is gone: " + dir);
            } catch (Exception e) {
                // not ours to worry about: leave it
            }
        }
    }

    private static Path findBinDirQuietly() {
        try {
            return findBinDir();
        } catch (Unavailable e) {
            return null;
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<Path>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                    Files.deleteIfExists(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("Could not delete " + dir + ": " + e.getMessage());
        }
    }

    private static final class FileSystemsHolder {
        static UserPrincipalLookupService lookup() {
            return java.nio.file.FileSystems.getDefault().getUserPrincipalLookupService();
        }
    }

    /** PostgreSQL cannot run here, for a reason that is no test failure (nothing installed). */
    private static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }
}
