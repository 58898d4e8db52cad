package com.broadleafloyalty.demo.web;

import com.broadleafloyalty.demo.DemoDatabase;
import com.broadleafloyalty.demo.DemoShop;
import com.broadleafloyalty.demo.SecondLevelCaches;
import com.broadleafloyalty.support.web.SecurityHeadersFilter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.encoding.ShaPasswordEncoder;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker meets at the storefront (issue 18): the security headers and session cookie flags, a new session
 * id at login, BCrypt passwords with the upgrade of an old SHA-256 hash, no data binding of class-loader paths, no
 * database console, and no 500 for requests without a session, with a forged session cookie or oversized headers.
 */
class SiteSecurityHttpTest {

    /** Every GET page of the storefront, for the checks that no request makes it fail. */
    static final List<String> PAGES = Arrays.asList("/", "/login", "/register", "/register?ref=NOPE", "/cart",
            "/checkout", "/account/loyalty", "/loyalty/feedback", "/loyalty/feedback?orderNumber=NOPE",
            "/confirmation/NOPE", "/logout", "/no-such-page", "/registerCustomer", "/savePhone");

    private static DemoShop shop;
    private static String jdbcUrl;

    @BeforeAll
    static void startShop() throws Exception {
        DemoDatabase database = DemoDatabase.inMemory("security" + System.nanoTime());
        jdbcUrl = database.url();
        shop = DemoShop.start("127.0.0.1", 0, database, false);
    }

    @AfterAll
    static void stopShop() throws Exception {
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    void shouldSendTheSecurityHeadersOnPagesRedirectsAndErrors() throws Exception {
        for (String path : Arrays.asList("/", "/login", "/register", "/cart", "/account/loyalty", "/no-such-page")) {
            org.jsoup.Connection.Response response = get(path).execute();
            assertThat(response.header("Content-Security-Policy")).as(path)
                    .isEqualTo(SecurityHeadersFilter.STOREFRONT_POLICY);
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.hasHeader("Strict-Transport-Security")).as(path + " over plain HTTP").isFalse();
        }
        assertThat(get("/account/loyalty").execute().statusCode()).isEqualTo(302);
        assertThat(get("/no-such-page").execute().statusCode()).isEqualTo(404);
    }

    @Test
    void shouldKeepTheModulesPagesFreeOfInlineScriptsAndHandlers() throws Exception {
        Shopper dana = new Shopper(shop.baseUrl());
        dana.logIn("demo@example.com", "demo1234");
        for (String path : Arrays.asList("/", "/cart", "/checkout", "/account/loyalty", "/register")) {
            Document page = dana.open(path);
            assertThat(page.select("script:not([src])")).as(path).isEmpty();
            for (Element element : page.getAllElements()) {
                element.attributes().forEach(attribute -> assertThat(attribute.getKey()).as(path).doesNotStartWith("on"));
            }
            assertThat(page.select("[href^=javascript:], [style]")).as(path).isEmpty();
        }
    }

    @Test
    void shouldProtectTheSessionCookieAndRenewItAtLogin() throws Exception {
        org.jsoup.Connection.Response loginPage = get("/login").execute();
        String before = cookieValue(loginPage, "JSESSIONID");
        assertThat(setCookie(loginPage, "JSESSIONID")).contains("HttpOnly").contains("SameSite=Lax")
                .doesNotContain("Secure");
        Document form = loginPage.parse();

        org.jsoup.Connection.Response loggedIn = Jsoup.connect(shop.baseUrl() + "/login_post.htm")
                .followRedirects(false).ignoreHttpErrors(true).method(org.jsoup.Connection.Method.POST)
                .cookie("JSESSIONID", before)
                .data("csrfToken", form.selectFirst("form.login-form input[name=csrfToken]").val())
                .data("j_username", "demo@example.com").data("j_password", "demo1234").execute();

        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.header("Location")).doesNotContain("error");
        String after = cookieValue(loggedIn, "JSESSIONID");
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(setCookie(loggedIn, "JSESSIONID")).contains("HttpOnly").contains("SameSite=Lax");
        Document account = Jsoup.connect(shop.baseUrl() + "/account/loyalty").cookie("JSESSIONID", after).get();
        assertThat(account.select(".loyalty-balance")).isNotEmpty();
        // The old id no longer opens the account: fixation gains nothing.
        assertThat(get("/account/loyalty").cookie("JSESSIONID", before).execute().statusCode()).isEqualTo(302);
    }

    @Test
    void shouldStoreNewPasswordsAsBcryptAndUpgradeAnOldSha256HashAtTheNextLogin() throws Exception {
        String email = "legacy-" + System.nanoTime() + "@example.com";
        new Shopper(shop.baseUrl()).register(email, "secret123");
        assertThat(storedPassword(email)).startsWith("$2a$10$").hasSize(60);

        // A shopper registered before BCrypt: SHA-256 of the password salted with the customer id.
        long id = customerId(email);
        update("UPDATE BLC_CUSTOMER SET PASSWORD = ? WHERE CUSTOMER_ID = ?",
                new ShaPasswordEncoder(256).encodePassword("secret123", id), id);
        SecondLevelCaches.clear();

        Shopper wrong = new Shopper(shop.baseUrl());
        wrong.logIn(email, "secret124");
        assertThat(wrong.lastUrl()).contains("error");
        assertThat(storedPassword(email)).hasSize(64);

        Shopper shopper = new Shopper(shop.baseUrl());
        shopper.logIn(email, "secret123");
        assertThat(shopper.lastUrl()).doesNotContain("error");
        assertThat(shopper.open("/account/loyalty").select(".loyalty-balance")).isNotEmpty();
        assertThat(storedPassword(email)).startsWith("$2a$10$");

        SecondLevelCaches.clear();
        Shopper again = new Shopper(shop.baseUrl());
        again.logIn(email, "secret123");
        assertThat(again.lastUrl()).doesNotContain("error");
        assertThat(again.open("/account/loyalty").select(".loyalty-balance")).isNotEmpty();
    }

    @Test
    void shouldNotBindClassLoaderPathsOnTheRegistrationForm() throws Exception {
        ClassLoader loader = DemoShop.class.getClassLoader();
        loader.setDefaultAssertionStatus(true);
        Shopper shopper = new Shopper(shop.baseUrl());
        String email = "binder-" + System.nanoTime() + "@example.com";

        Document landed = shopper.submit(shopper.open("/register"), "form.register-form",
                "customer.emailAddress", email, "customer.firstName", "Bea", "customer.lastName", "Binder",
                "password", "secret123", "passwordConfirm", "secret123",
                "class.module.classLoader.defaultAssertionStatus", "false",
                "customer.class.module.classLoader.defaultAssertionStatus", "false",
                "Class.module.classLoader.defaultAssertionStatus", "false");

        assertThat(DemoShop.class.desiredAssertionStatus()).as("the class loader was reached").isTrue();
        assertThat(landed.select("a[href=/account/loyalty]")).as("registered with the other fields").isNotEmpty();
        assertThat(storedPassword(email)).startsWith("$2a$");
    }

    @Test
    void shouldAnswerWithoutA500WithoutSessionWithAForgedCookieOrOversizedHeaders() throws Exception {
        List<String> failures = new ArrayList<String>();
        char[] padding = new char[20_000];
        Arrays.fill(padding, 'a');
        for (String path : PAGES) {
            check(failures, path, "no session", get(path));
            check(failures, path, "forged session", get(path).cookie("JSESSIONID", "forged0123456789.node0"));
            check(failures, path, "forged long session", get(path).cookie("JSESSIONID", new String(padding, 0, 4000)));
            check(failures, path, "oversized header", get(path).header("X-Padding", new String(padding)));
            check(failures, path, "oversized cookie", get(path).cookie("JSESSIONID", new String(padding)));
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void shouldServeNoDatabaseConsole() throws Exception {
        for (String path : Arrays.asList("/h2-console", "/h2-console/", "/h2", "/console", "/h2/login.jsp",
                "/admin/h2-console")) {
            assertThat(get(path).execute().statusCode()).as(path).isEqualTo(404);
        }
    }

    /**
     * Records a 5xx answer. Jetty refuses oversized headers with 431 and closes the connection, sometimes before the
     * client has finished writing: for those requests a connection closed by the server is a refusal too.
     */
    private static void check(List<String> failures, String path, String how, org.jsoup.Connection request)
            throws IOException {
        int status;
        try {
            status = request.execute().statusCode();
        } catch (IOException e) {
            if (how.startsWith("oversized")) {
                return;
            }
            throw e;
        }
        if (status >= 500) {
            failures.add(path + " (" + how + "): " + status);
        }
    }

    static org.jsoup.Connection get(String path) {
        return Jsoup.connect(shop.baseUrl() + path).followRedirects(false).ignoreHttpErrors(true)
                .ignoreContentType(true).timeout(60_000);
    }

    static String setCookie(org.jsoup.Connection.Response response, String name) {
        for (String header : response.headers("Set-Cookie")) {
            if (header.startsWith(name + "=")) {
                return header;
            }
        }
        return null;
    }

    static String cookieValue(org.jsoup.Connection.Response response, String name) {
        String header = setCookie(response, name);
        return header == null ? null : header.substring(name.length() + 1, header.indexOf(';'));
    }

    private static String storedPassword(String email) throws SQLException {
        return queryString("SELECT PASSWORD FROM BLC_CUSTOMER WHERE USER_NAME = ?", email);
    }

    private static long customerId(String email) throws SQLException {
        return Long.parseLong(queryString("SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE USER_NAME = ?", email));
    }

    private static String queryString(String sql, String parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as(sql + " " + parameter).isTrue();
                return rows.getString(1);
            }
        }
    }

    private static void update(String sql, String value, long id) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            statement.setLong(2, id);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
