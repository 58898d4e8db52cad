package com.broadleafloyalty.demo.admin;

import com.broadleafloyalty.demo.DemoShop;
import com.broadleafloyalty.demo.SecondLevelCaches;
import com.broadleafloyalty.support.web.SecurityHeadersFilter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
 * What an attacker meets at the demo admin (issue 18): its security headers (a looser CSP than the storefront's, for
 * Broadleaf's inline scripts), the session cookie's flags and a new id at login, BCrypt with the upgrade of the old
 * SHA-256 hash, a Broadleaf controller that does not bind class-loader paths, and no 500 for requests without a
 * session, with a forged session cookie or with oversized headers.
 */
class AdminSecurityTest {

    private static final String COOKIE = "LOYALTYADMINSESSION";
    /** SHA-256 of "admin{-1}": the demo admin's password as the demo stored it before BCrypt. */
    private static final String OLD_ADMIN_HASH = "f33ca05e07da62eca3eb12d7185e3884ecfae11926052c3382df15e301cded8a";

    static final List<String> PAGES = Arrays.asList("/login", "/login?login_error=true", "/", "/loginSuccess",
            "/forgotPassword", "/forgotUsername", "/resetPassword", "/changePassword", "/loyalty-customers",
            "/loyalty-customers/1", "/loyalty-customers/order", "/loyalty-rewards", "/loyalty-tiers",
            "/loyalty-vip-offers", "/loyalty-personal-codes", "/loyalty-personal-codes/issue", "/loyalty-feedback",
            "/customer", "/product", "/no-such-section", "/js/admin.js", "/css/admin.css");

    private static AdminTestServer server;

    @BeforeAll
    static void startAdmin() throws Exception {
        server = AdminTestServer.start();
    }

    @AfterAll
    static void stopAdmin() throws Exception {
        server.close();
    }

    @Test
    void shouldSendTheAdminsSecurityHeadersOnTheLoginPageSectionsAndErrors() throws Exception {
        for (String path : Arrays.asList("/login", "/loyalty-customers", "/no-such-section", "/js/admin.js")) {
            org.jsoup.Connection.Response response = get(path).execute();
            assertThat(response.header("Content-Security-Policy")).as(path).isEqualTo(SecurityHeadersFilter.ADMIN_POLICY);
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("SAMEORIGIN");
            assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
        }
    }

    @Test
    void shouldProtectTheSessionCookieAndRenewItAtLogin() throws Exception {
        org.jsoup.Connection.Response loginPage = get("/login").execute();
        String before = cookieValue(loginPage);
        assertThat(setCookie(loginPage)).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");

        org.jsoup.Connection.Response loggedIn = logIn(before, loginPage.parse(), "admin", "admin");

        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.header("Location")).doesNotContain("login_error");
        String after = cookieValue(loggedIn);
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(setCookie(loggedIn)).contains("HttpOnly").contains("SameSite=Lax");
        assertThat(get("/loyalty-customers").cookie(COOKIE, after).execute().parse()
                .select("#loyalty-customer-search")).isNotEmpty();
        assertThat(get("/loyalty-customers").cookie(COOKIE, before).execute().parse()
                .select("#loyalty-customer-search")).isEmpty();
    }

    @Test
    void shouldKeepBcryptForTheDemoAdminAndUpgradeTheOldSha256Hash() throws Exception {
        assertThat(adminPassword()).startsWith("$2a$10$");
        setAdminPassword(OLD_ADMIN_HASH);

        assertThat(AdminBrowser.open(server.adminUrl()).signIn("admin", "admln").url().toString())
                .contains("login_error");
        assertThat(adminPassword()).isEqualTo(OLD_ADMIN_HASH);

        AdminBrowser admin = AdminBrowser.open(server.adminUrl());
        assertThat(admin.signIn("admin", "admin").url().toString()).doesNotContain("login_error");
        assertThat(admin.get("/loyalty-customers").select("#loyalty-customer-search")).isNotEmpty();
        assertThat(adminPassword()).startsWith("$2a$10$");

        SecondLevelCaches.clear();
        AdminBrowser again = AdminBrowser.open(server.adminUrl());
        assertThat(again.signIn("admin", "admin").url().toString()).doesNotContain("login_error");
        assertThat(again.get("/loyalty-customers").select("#loyalty-customer-search")).isNotEmpty();
    }

    @Test
    void shouldNotBindClassLoaderPathsOnBroadleafsResetPasswordForm() throws Exception {
        ClassLoader loader = DemoShop.class.getClassLoader();
        loader.setDefaultAssertionStatus(true);

        org.jsoup.Connection.Response response = Jsoup.connect(server.adminUrl() + "/resetPassword")
                .followRedirects(false).ignoreHttpErrors(true).method(org.jsoup.Connection.Method.POST)
                .data("username", "admin").data("token", "not-a-token").data("password", "x1")
                .data("confirmPassword", "x1")
                .data("class.module.classLoader.defaultAssertionStatus", "false")
                .data("Class.module.classLoader.defaultAssertionStatus", "false").execute();

        assertThat(response.statusCode()).isLessThan(500);
        assertThat(DemoShop.class.desiredAssertionStatus()).as("the class loader was reached").isTrue();
    }

    @Test
    void shouldAnswerWithoutA500WithoutSessionWithAForgedCookieOrOversizedHeaders() throws Exception {
        List<String> failures = new ArrayList<String>();
        char[] padding = new char[20_000];
        Arrays.fill(padding, 'a');
        for (String path : PAGES) {
            check(failures, path, "no session", get(path));
            check(failures, path, "forged session", get(path).cookie(COOKIE, "forged0123456789.node0"));
            check(failures, path, "oversized header", get(path).header("X-Padding", new String(padding)));
            check(failures, path, "oversized cookie", get(path).cookie(COOKIE, new String(padding)));
        }
        assertThat(failures).isEmpty();
    }

    private static org.jsoup.Connection.Response logIn(String session, Document loginPage, String user, String password)
            throws IOException {
        return Jsoup.connect(server.adminUrl() + "/login_admin_post").followRedirects(false).ignoreHttpErrors(true)
                .method(org.jsoup.Connection.Method.POST).cookie(COOKIE, session)
                .data("csrfToken", loginPage.selectFirst("input[name=csrfToken]").val())
                .data("j_username", user).data("j_password", password).execute();
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

    private static org.jsoup.Connection get(String path) {
        return Jsoup.connect(server.adminUrl() + path).followRedirects(false).ignoreHttpErrors(true)
                .ignoreContentType(true).timeout(60_000);
    }

    private static String setCookie(org.jsoup.Connection.Response response) {
        for (String header : response.headers("Set-Cookie")) {
            if (header.startsWith(COOKIE + "=")) {
                return header;
            }
        }
        return null;
    }

    private static String cookieValue(org.jsoup.Connection.Response response) {
        String header = setCookie(response);
        return header == null ? null : header.substring(COOKIE.length() + 1, header.indexOf(';'));
    }

    private static String adminPassword() throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "sa", "");
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT PASSWORD FROM BLC_ADMIN_USER WHERE LOGIN = 'admin'");
             ResultSet rows = statement.executeQuery()) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static void setAdminPassword(String hash) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "sa", "");
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE BLC_ADMIN_USER SET PASSWORD = ? WHERE LOGIN = 'admin'")) {
            statement.setString(1, hash);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
        SecondLevelCaches.clear();
    }
}
