package com.broadleafloyalty.demo.admin;

import com.broadleafloyalty.demo.DemoDatabase;
import com.broadleafloyalty.demo.DemoShop;

/**
 * The whole demo shop (storefront at /, admin at /admin) on a free port of 127.0.0.1, over a fresh in-memory H2
 * database: the storefront creates the schema and loads the admin users and menus, as it does on a first start.
 */
final class AdminTestServer implements AutoCloseable {

    private final DemoShop shop;
    private final DemoDatabase database;

    private AdminTestServer(DemoShop shop, DemoDatabase database) {
        this.shop = shop;
        this.database = database;
    }

    static AdminTestServer start() throws Exception {
        DemoDatabase database = DemoDatabase.inMemory("loyaltyadmin" + System.nanoTime());
        return new AdminTestServer(DemoShop.start("127.0.0.1", 0, database, true), database);
    }

    String adminUrl() {
        return shop.baseUrl() + "/admin";
    }

    /** The storefront of the same shop, where shoppers place the orders the admin then handles. */
    String siteUrl() {
        return shop.baseUrl();
    }

    /** The running shop, for tests that use the module's services directly. */
    DemoShop shop() {
        return shop;
    }

    String jdbcUrl() {
        return database.url();
    }

    @Override
    public void close() throws Exception {
        shop.close();
    }
}
