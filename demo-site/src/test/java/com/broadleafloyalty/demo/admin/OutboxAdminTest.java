package com.broadleafloyalty.demo.admin;

import com.broadleafloyalty.demo.web.Shopper;
import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's mail over HTTP: a new shopper's idle cart, order and unsubscribe, each email seen in Loyalty > Outbox
 * (the embedded SMTP server), the due lifecycle emails sent on demand "some hours later", the monthly digest of a
 * shopper who asked for it.
 */
class OutboxAdminTest {

    private static AdminTestServer server;

    @BeforeAll
    static void startShop() throws Exception {
        server = AdminTestServer.start();
    }

    @AfterAll
    static void stopShop() throws Exception {
        server.close();
    }

    @Test
    void shouldShowTheCartWelcomeAndFeedbackEmailsOfANewShopper() throws Exception {
        String email = "outbox-" + System.nanoTime() + "@example.com";
        Shopper shopper = new Shopper(server.siteUrl());
        shopper.register(email, "secret123");
        shopper.submit(shopper.open("/"), "form[action=/cart/add]", "quantity", "2");
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");

        Document outbox = admin.get("/loyalty-outbox");
        Element menu = outbox.selectFirst("a[href$=/admin/loyalty-outbox]");
        assertThat(menu).isNotNull();
        assertThat(menu.text()).isEqualTo("Outbox");
        assertThat(subjectsTo(outbox, email)).isEmpty();

        Connection.Response ran = admin.submit((FormElement) outbox.selectFirst("form.loyalty-outbox-run"),
                Collections.singletonMap("hoursLater", "1"));
        assertThat(ran.statusCode()).isEqualTo(200);
        Document afterRun = admin.get("/loyalty-outbox");
        assertThat(subjectsTo(afterRun, email)).containsExactly("You left something in your cart");

        shopper.checkOut("outbox wallet");
        admin.submit((FormElement) afterRun.selectFirst("form.loyalty-outbox-run"),
                Collections.singletonMap("hoursLater", "0"));
        Document afterOrder = admin.get("/loyalty-outbox");
        long deadline = System.currentTimeMillis() + 20_000; // the feedback request leaves the checkout's thread
        while (subjectsTo(afterOrder, email).size() < 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            afterOrder = admin.get("/loyalty-outbox");
        }
        assertThat(subjectsTo(afterOrder, email)).containsExactlyInAnyOrder("You left something in your cart",
                "How was your order?", "Welcome to our loyalty programme");

        Element welcomeLink = afterOrder.select("tr.loyalty-outbox-mail").stream()
                .filter(row -> row.text().contains(email) && row.text().contains("Welcome"))
                .findFirst().get().selectFirst("a");
        Connection.Response welcome = admin.fetch(welcomeLink.attr("href").replaceFirst("^.*/admin", ""));
        assertThat(welcome.header("Content-Security-Policy")).contains("sandbox");
        Document html = welcome.parse();
        assertThat(html.selectFirst("p.balance").text()).startsWith("Your balance:");
        String unsubscribe = html.selectFirst("a.unsubscribe").attr("href");
        assertThat(unsubscribe).startsWith("http://localhost:8080/loyalty/mail/unsubscribe?m=");

        String click = html.selectFirst("a.account-link").attr("href").replace("http://localhost:8080", "");
        HttpURLConnection redirect = status(server.siteUrl() + click);
        assertThat(redirect.getResponseCode()).isEqualTo(302);
        assertThat(redirect.getHeaderField("Location")).isEqualTo("http://localhost:8080/loyalty");
        String forgedTarget = click.replaceFirst("u=[^&]+",
                "u=" + URLEncoder.encode("https://evil.example/", "UTF-8"));
        assertThat(status(server.siteUrl() + forgedTarget).getResponseCode()).isEqualTo(400);

        Connection.Response page = shopper.get(unsubscribe.replace("http://localhost:8080", ""));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("welcome to the programme");
        Connection.Response forged = shopper.get(unsubscribe.replace("http://localhost:8080", "") + "x");
        assertThat(forged.statusCode()).isEqualTo(400);
    }

    @Test
    void shouldShowTheMonthlyDigestOfAShopperWhoAskedForIt() throws Exception {
        String email = "digest-" + System.nanoTime() + "@example.com";
        Shopper shopper = new Shopper(server.siteUrl());
        shopper.register(email, "secret123");
        shopper.submit(shopper.open("/account/loyalty/emails"), "form.loyalty-preferences-form", "digest", "true");
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");

        Document outbox = admin.get("/loyalty-outbox");
        admin.submit((FormElement) outbox.selectFirst("form.loyalty-outbox-run"),
                Collections.singletonMap("hoursLater", "0"));

        assertThat(subjectsTo(admin.get("/loyalty-outbox"), email)).containsExactly("Your loyalty points this month");
    }

    @Test
    void shouldRefuseAnHourCountThatIsNotAWholeNumber() throws Exception {
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        Document outbox = admin.get("/loyalty-outbox");

        Connection.Response refused = admin.submit((FormElement) outbox.selectFirst("form.loyalty-outbox-run"),
                Collections.singletonMap("hoursLater", "soon"));

        Document page = refused.parse();
        assertThat(page.select(".loyalty-outbox-error")).as(page.text()).hasSize(1);
        assertThat(page.selectFirst(".loyalty-outbox-error").text())
                .isEqualTo("Enter a whole number of hours from 0 to 1440.");
    }

    private static HttpURLConnection status(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        connection.setInstanceFollowRedirects(false);
        connection.getResponseCode();
        return connection;
    }

    private static List<String> subjectsTo(Document outbox, String email) {
        return outbox.select("tr.loyalty-outbox-mail").stream()
                .filter(row -> row.child(1).text().equals(email))
                .map(row -> row.child(2).text())
                .collect(Collectors.toList());
    }
}
