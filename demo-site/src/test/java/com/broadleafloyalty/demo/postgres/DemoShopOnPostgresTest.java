package com.broadleafloyalty.demo.postgres;

import com.broadleafloyalty.demo.DemoDatabase;
import com.broadleafloyalty.demo.DemoPostgresDatabase;
import com.broadleafloyalty.demo.DemoShop;
import com.broadleafloyalty.demo.DemoStartupException;
import com.broadleafloyalty.demo.seed.DemoCustomers;
import com.broadleafloyalty.test.postgres.PostgresServer;
import org.jsoup.Connection.Method;
import org.jsoup.Connection.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo shop's PostgreSQL profile on a real (throwaway) PostgreSQL server: the first start creates the schema and
 * loads the demo data, the storefront serves the six demo products and the admin its login page, and a shopper's
 * paid order earns points; a restart finds the schema, loads nothing twice, and keeps the shopper and the points. It runs in the
 * {@code postgresql} Maven profile, which {@code .ci/run} turns on after installing PostgreSQL, and fails there when
 * no server can start.
 */
@Tag("postgresql")
class DemoShopOnPostgresTest {

    /** A shopper who registers gets the sign-up bonus (loyalty.signup.bonus.points, default). */
    private static final long SIGN_UP_BONUS = 100;

    private static final org.apache.commons.logging.Log LOG =
            org.apache.commons.logging.LogFactory.getLog(DemoShopOnPostgresTest.class);

    @Test
    void shouldCreateTheSchemaAndDemoDataOnceAndServeTheSixProducts() throws Exception {
        Optional<PostgresServer> server = PostgresServer.running();
        assertThat(server).as("PostgreSQL is not available: %s", PostgresServer.unavailableReason()).isPresent();
        PostgresServer postgres = server.get();
        String url = postgres.createDatabase("demo_shop");
        LOG.info("DemoShopOnPostgresTest runs on " + postgres.version() + " at " + url);

        // The launcher's --db URI form (libpq style).
        String uri = "postgresql://" + postgres.user() + ":" + postgres.password() + "@127.0.0.1:" + postgres.port()
                + "/demo_shop";
        DemoDatabase first = DemoPostgresDatabase.open(uri, null, null, null);
        assertThat(first.url()).isEqualTo(url);
        assertThat(first.isFresh()).isTrue();
        try (DemoShop shop = DemoShop.start("127.0.0.1", 0, first, true)) {
            LOG.info("Fresh PostgreSQL database: storefront served after " + shop.storefrontMillis()
                    + " ms, admin after " + shop.startMillis() + " ms");
            assertSixDemoProducts(shop);
            Browser shopper = new Browser(shop.baseUrl());
            shopper.submit(shopper.open("/register"), "form.register-form", "customer.emailAddress", "pg@example.com",
                    "customer.firstName", "Pat", "customer.lastName", "Postgres", "password", "secret123",
                    "passwordConfirm", "secret123");
            // 4 x Trail Backpack 30L (89.90) = 359.60: 35 points, after the sign-up bonus.
            shopper.submit(shopper.open("/"), "form[action=/cart/add]", "quantity", "4");
            Document checkout = shopper.open("/checkout");
            checkout = shopper.submit(checkout, "form.checkout-shipping-form", "firstName", "Pat", "lastName", "Gres",
                    "addressLine1", "Calle Mayor 1", "city", "Madrid", "postalCode", "28013", "country", "ES",
                    "shippingOption", checkout.selectFirst("input[name=shippingOption]").val());
            shopper.submit(checkout, "form.checkout-form", "demoWallet", "postgres wallet");
            assertThat(shopper.open("/account/loyalty").selectFirst(".loyalty-balance").text())
                    .isEqualTo(String.valueOf(SIGN_UP_BONUS + 35));
            Response login = Jsoup.connect(shop.baseUrl() + "/admin/login").timeout(60_000).ignoreHttpErrors(true)
                    .execute();
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.parse().select("input[name=j_username]")).isNotEmpty();
        }
        assertThat(count(postgres, url, "SELECT COUNT(*) FROM BLC_PRODUCT")).isEqualTo(6);
        assertThat(count(postgres, url, "SELECT COUNT(*) FROM BLC_ADMIN_USER WHERE LOGIN = 'admin'")).isEqualTo(1);

        DemoDatabase second = DemoPostgresDatabase.open(null, url, postgres.user(), postgres.password());
        assertThat(second.isFresh()).isFalse();
        try (DemoShop shop = DemoShop.start("127.0.0.1", 0, second, false)) {
            LOG.info("Existing PostgreSQL database: storefront served after " + shop.storefrontMillis()
                    + " ms");
            assertSixDemoProducts(shop);
            Browser shopper = new Browser(shop.baseUrl());
            shopper.submit(shopper.open("/login"), "form.login-form", "j_username", "pg@example.com",
                    "j_password", "secret123");
            Document myLoyalty = shopper.open("/account/loyalty");
            assertThat(myLoyalty.selectFirst(".loyalty-balance").text()).isEqualTo(String.valueOf(SIGN_UP_BONUS + 35));
            assertThat(myLoyalty.select(".loyalty-ledger-entry")).hasSize(2);
        }
        assertThat(count(postgres, url, "SELECT COUNT(*) FROM BLC_PRODUCT")).isEqualTo(6);
        assertThat(count(postgres, url, "SELECT COUNT(*) FROM BLC_CUSTOMER WHERE USER_NAME = 'demo@example.com'"))
                .isEqualTo(1);
        assertThat(count(postgres, url, "SELECT SUM(POINTS) FROM LOY_LEDGER_ENTRY WHERE ENTRY_TYPE = 'EARN'"))
                .isEqualTo(35);
        // The demo shopper's welcome bonus and Pat's sign-up bonus were credited once, not once per start.
        assertThat(count(postgres, url, "SELECT SUM(POINTS) FROM LOY_LEDGER_ENTRY"))
                .isEqualTo(35 + SIGN_UP_BONUS + DemoCustomers.WELCOME_POINTS);
    }

    @Test
    void shouldExplainAWrongPasswordInOneSentence() throws Exception {
        Optional<PostgresServer> server = PostgresServer.running();
        assertThat(server).as("PostgreSQL is not available: %s", PostgresServer.unavailableReason()).isPresent();
        PostgresServer postgres = server.get();

        assertThatThrownBy(() -> DemoPostgresDatabase.open(null, postgres.jdbcUrl("postgres"), postgres.user(),
                "wrong-password"))
                .isInstanceOf(DemoStartupException.class)
                .hasMessageStartingWith("PostgreSQL refused user 'loyalty'");
        assertThatThrownBy(() -> DemoPostgresDatabase.open(null, postgres.jdbcUrl("no_such_db"), postgres.user(),
                postgres.password()))
                .isInstanceOf(DemoStartupException.class)
                .hasMessageContaining("does not exist");
    }

    private static void assertSixDemoProducts(DemoShop shop) throws Exception {
        Document home = Jsoup.connect(shop.baseUrl() + "/").timeout(60_000).get();
        assertThat(home.select(".product")).hasSize(6);
        assertThat(home.select(".product h3").eachText()).contains("Trail Backpack 30L", "Trekking Poles (pair)");
        // LONG_DESCRIPTION is a Broadleaf @Lob column: "text" on PostgreSQL, read back as a string.
        assertThat(home.text()).contains("A light daypack with a rain cover.");
    }

    /** One cookie session; forms are submitted with their hidden fields (CSRF token). */
    private static final class Browser {
        private final String baseUrl;
        private final org.jsoup.Connection session = Jsoup.newSession().timeout(60_000).followRedirects(true)
                .ignoreHttpErrors(true);

        Browser(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        Document open(String path) throws Exception {
            return session.newRequest(baseUrl + path).method(Method.GET).execute().parse();
        }

        Document submit(Document page, String formSelector, String... fieldsAndValues) throws Exception {
            Element form = page.selectFirst(formSelector);
            assertThat(form).as("form " + formSelector + " on " + page.location()).isNotNull();
            org.jsoup.Connection request = session.newRequest(form.absUrl("action")).method(Method.POST);
            for (Element input : form.select("input[type=hidden]")) {
                request.data(input.attr("name"), input.attr("value"));
            }
            for (int i = 0; i < fieldsAndValues.length; i += 2) {
                request.data(fieldsAndValues[i], fieldsAndValues[i + 1]);
            }
            return request.execute().parse();
        }
    }

    private static long count(PostgresServer postgres, String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, postgres.user(), postgres.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
