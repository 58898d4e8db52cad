package com.broadleafloyalty.demo;

import com.broadleafloyalty.demo.admin.AdminWebApp;
import com.broadleafloyalty.demo.mail.DemoMailServer;
import com.broadleafloyalty.demo.seed.DemoApiKey;
import com.broadleafloyalty.support.command.CommandLineTool;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

import java.io.File;
import java.io.PrintStream;
import java.util.concurrent.Callable;

/**
 * Runs the demo shop: the Broadleaf storefront at / and the Broadleaf admin at /admin, both with the loyalty module
 * installed, in one embedded Jetty on one H2 database. The storefront context starts first because on a fresh
 * database it creates the schema and loads the demo data that the admin then reads.
 */
public final class DemoShop implements AutoCloseable {

    public static final String SHOPPER_LOGIN = "demo@example.com / demo1234";
    public static final String ADMIN_LOGIN = "admin / admin";
    /** The demo's admin API key (all scopes), sent as {@code Authorization: Bearer KEY}. */
    public static final String API_KEY = DemoApiKey.SECRET;

    private final Server server;
    private final DemoMailServer mail;
    private final ServletContextHandler site;
    private final long storefrontMillis;
    private final long startMillis;

    private DemoShop(Server server, DemoMailServer mail, ServletContextHandler site, long storefrontMillis,
            long startMillis) {
        this.server = server;
        this.mail = mail;
        this.site = site;
        this.storefrontMillis = storefrontMillis;
        this.startMillis = startMillis;
    }

    /**
     * Starts the shop on {@code host:port} (port 0 picks a free one). The storefront serves as soon as its context
     * is up; the admin context (which reads the schema the storefront created) starts right after it.
     */
    public static DemoShop start(String host, int port, DemoDatabase database, boolean withAdmin) throws Exception {
        long start = System.nanoTime();
        database.checkUsable();
        database.publish();
        // Before the contexts: their mail senders read the port it publishes.
        DemoMailServer mail = DemoMailServer.start();
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        ContextHandlerCollection contexts = new ContextHandlerCollection();
        ServletContextHandler site = SiteWebApp.create("/");
        contexts.addHandler(site);
        server.setHandler(contexts);
        server.setStopAtShutdown(true);
        startOrExplain(server, server, "The shop", mail);
        if (!site.isAvailable()) {
            server.stop();
            mail.close();
            throw new DemoStartupException("The storefront failed to start: see the log above", null);
        }
        long siteMillis = (System.nanoTime() - start) / 1_000_000;
        if (withAdmin) {
            ServletContextHandler admin = AdminWebApp.create("/admin");
            contexts.addHandler(admin);
            startOrExplain(server, admin, "The admin", mail);
        }
        return new DemoShop(server, mail, site, siteMillis, (System.nanoTime() - start) / 1_000_000);
    }

    private static void startOrExplain(Server server, LifeCycle part, String name, DemoMailServer mail)
            throws Exception {
        try {
            part.start();
        } catch (Exception e) {
            server.stop();
            mail.close();
            throw new DemoStartupException(name + " failed to start: " + rootCause(e), e);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** The storefront's root Spring context (the module's services), for tests and tools beside the shop. */
    public ApplicationContext siteContext() {
        return WebApplicationContextUtils.getRequiredWebApplicationContext(site.getServletContext());
    }

    /** The running server, for tests that add a connector (e.g. HTTPS). */
    Server server() {
        return server;
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** From start() to a storefront that serves requests. */
    public long storefrontMillis() {
        return storefrontMillis;
    }

    /** From start() to storefront and admin both serving. */
    public long startMillis() {
        return startMillis;
    }

    /** The embedded SMTP server's port (every email the shop sends lands there). */
    public int mailPort() {
        return mail.port();
    }

    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } finally {
            mail.close();
        }
    }

    public static void main(String[] args) {
        int status = CommandLineTool.execute("demo-site", new Launch(), 1, args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The command line: the options, then the shop until it is stopped. */
    static final class Launch extends DemoShopOptions implements Callable<Integer> {

        @Override
        public Integer call() throws Exception {
            return serve(this);
        }
    }

    private static int serve(DemoShopOptions options) throws Exception {
        PrintStream out = System.out;
        boolean postgres = options.db != null || options.jdbcUrl != null;
        try {
            DemoDatabase database = postgres
                    ? DemoPostgresDatabase.open(options.db, options.jdbcUrl, options.dbUser, options.dbPassword)
                    : DemoDatabase.inFolder(new File(options.dataDir));
            DemoShop shop = start(options.host, options.port, database, true);
            String base = "http://" + ("0.0.0.0".equals(options.host) ? "localhost" : options.host) + ":" + shop.port();
            out.println();
            out.println("Loyalty demo shop is running (storefront served after " + shop.storefrontMillis()
                    + " ms, admin after " + shop.startMillis() + " ms"
                    + (database.isFresh() ? ", demo data loaded" : ", existing data kept") + ").");
            out.println("  Storefront: " + base + "/");
            out.println("  Admin:      " + base + "/admin/");
            out.println("  Shopper login: " + SHOPPER_LOGIN + "   Admin login: " + ADMIN_LOGIN);
            out.println("  Emails:     " + base + "/admin/loyalty-outbox   (Loyalty > Outbox; embedded SMTP on port "
                    + shop.mailPort() + ")");
            out.println("  API:        " + base + "/api/loyalty/v1/openapi.json   Admin API key: " + API_KEY);
            out.println("  " + (postgres ? "Database: " + database.url() : "Data: "
                    + new File(options.dataDir).getAbsolutePath()) + "   Stop with Ctrl+C.");
            shop.server.join();
            return 0;
        } catch (DemoStartupException e) {
            System.err.println("Cannot start the demo shop: " + e.getMessage());
            return 1;
        }
    }
}
