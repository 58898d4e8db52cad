package com.broadleafloyalty.demo.replay.shop;

import com.broadleafloyalty.demo.DemoDatabase;
import com.broadleafloyalty.support.config.BroadleafContextFiles;
import org.broadleafcommerce.common.extensibility.context.MergeClassPathXMLApplicationContext;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

/**
 * The demo storefront's root context (Broadleaf's standard sources, the site's patches with the loyalty module) on a
 * throwaway in-memory H2 database, without the web server: the patches are {@code SiteWebApp}'s minus the two
 * web-only ones (Spring Security's filter chain and the request filters), plus the replay's own patch (no demo
 * shoppers), and pounds as the shop's and the module's currency.
 */
public final class ReplayShop implements AutoCloseable {

    static final String[] SOURCES = BroadleafContextFiles.standardSources();

    static final String[] PATCHES = {
        "bl-open-admin-contentClient-applicationContext.xml",
        "bl-cms-contentClient-applicationContext.xml",
        "bl-loyalty-applicationContext.xml",
        "site/applicationContext.xml",
        "replay/applicationContext-replay.xml"
    };

    /** Currency, locale and shopper role of the throwaway shop (the history is priced in GBP). */
    static final String IMPORT_FILES = "/replay/replay_shop.sql";
    static final String CURRENCY = "GBP";
    static final String BASE_CURRENCY_PROPERTY = "loyalty.base.currency";

    private final ConfigurableApplicationContext context;
    private final String url;
    private final long startMillis;

    private ReplayShop(ConfigurableApplicationContext context, String url, long startMillis) {
        this.context = context;
        this.url = url;
        this.startMillis = startMillis;
    }

    public static ReplayShop start() {
        long start = System.nanoTime();
        String url = DemoDatabase.inMemory("replay-" + UUID.randomUUID()).url();
        System.setProperty(DemoDatabase.URL_PROPERTY, url);
        System.setProperty(DemoDatabase.SCHEMA_PROPERTY, "create");
        System.setProperty(DemoDatabase.IMPORT_PROPERTY, IMPORT_FILES);
        // The module earns in its base currency; the history's prices are pounds.
        System.setProperty(BASE_CURRENCY_PROPERTY, CURRENCY);
        MergeClassPathXMLApplicationContext context = new MergeClassPathXMLApplicationContext(SOURCES, PATCHES);
        return new ReplayShop(context, url, (System.nanoTime() - start) / 1_000_000);
    }

    public long startMillis() {
        return startMillis;
    }

    public <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    public boolean hasBean(String name) {
        return context.containsBean(name);
    }

    public EntityManagerFactory entityManagerFactory() {
        return bean("entityManagerFactory", EntityManagerFactory.class);
    }

    public SessionFactory sessionFactory() {
        EntityManager em = entityManagerFactory().createEntityManager();
        try {
            return ((Session) em.getDelegate()).getSessionFactory();
        } finally {
            em.close();
        }
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(bean("demoSiteDataSource", DataSource.class));
    }

    /** Drops the in-memory database with the context. */
    @Override
    public void close() throws SQLException {
        context.close();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }
}
