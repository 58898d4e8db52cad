package com.broadleafloyalty.demo.admin;

import com.broadleafloyalty.demo.seed.DemoCustomers;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the real demo admin over HTTP, as admin/admin, through the Loyalty > Customer points section. */
class CustomerPointsAdminTest {

    /** A shopper who registers on the storefront gets the sign-up bonus (loyalty.signup.bonus.points, default). */
    private static final long SIGN_UP_BONUS = 100;

    private static final String DEMO_SHOPPER = DemoCustomers.SHOPPERS[0][0];

    private static AdminTestServer server;
    private AdminBrowser admin;

    @BeforeAll
    static void startAdmin() throws Exception {
        server = AdminTestServer.start();
    }

    @AfterAll
    static void stopAdmin() throws Exception {
        server.close();
    }

    @BeforeEach
    void signIn() throws Exception {
        admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
    }

    @Test
    void shouldShowTheCustomerPointsSectionInTheLoyaltyMenu() throws Exception {
        Document page = admin.get("/loyalty-customers");

        Element link = page.selectFirst("a[href$=/admin/loyalty-customers]");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("Customer points");
        assertThat(page.select(".breadcrumbs").text()).contains("Loyalty").contains("Customer points");
        assertThat(page.select("form#loyalty-customer-search input[name=q]")).hasSize(1);
    }

    @Test
    void shouldFindTheDemoShopperByPartOfTheEmailAndShowTheWelcomeBonus() throws Exception {
        Document results = admin.get("/loyalty-customers?q=DEMO@exa");
        assertThat(results.select("#loyalty-customers tbody tr td:eq(0)").eachText()).containsExactly(DEMO_SHOPPER);
        assertThat(admin.get("/loyalty-customers?q=nobody-here").select(".loyalty-no-match").text())
                .isEqualTo("No customer matches \"nobody-here\".");

        Document account = openAccount(DEMO_SHOPPER);

        assertThat(account.selectFirst("#loyalty-account-of").text()).isEqualTo("Loyalty account of " + DEMO_SHOPPER);
        assertThat(account.selectFirst("#loyalty-available").text()).isEqualTo(
                account.selectFirst("#loyalty-balance").text());
        assertThat(account.select("#loyalty-ledger .loyalty-reason").eachText()).contains("Welcome bonus (demo data)");
    }

    @Test
    void shouldAdjustPointsWithAReasonAndRecordTheAdmin() throws Exception {
        Document account = openAccount(DEMO_SHOPPER);
        assertThat(balance(account)).isEqualTo(DemoCustomers.WELCOME_POINTS);

        Connection.Response adjusted = adjust(account, "+50", "Goodwill: late delivery");

        assertThat(adjusted.statusCode()).isEqualTo(200);
        Document after = adjusted.parse();
        assertThat(after.selectFirst(".loyalty-notice").text()).isEqualTo("Adjusted the balance by +50 points.");
        assertThat(balance(after)).isEqualTo(DemoCustomers.WELCOME_POINTS + 50);
        Element newest = after.selectFirst("#loyalty-ledger tbody tr");
        assertThat(newest.attr("data-type")).isEqualTo("ADJUST");
        assertThat(newest.selectFirst(".loyalty-type").text()).isEqualTo("Adjustment");
        assertThat(newest.selectFirst(".loyalty-points").text()).isEqualTo("50");
        assertThat(newest.selectFirst(".loyalty-reason").text()).isEqualTo("Goodwill: late delivery");
        assertThat(newest.selectFirst(".loyalty-actor").text()).isEqualTo("admin");
        assertThat(balance(admin.get(pathOf(adjusted)))).as("a reload adjusts nothing")
                .isEqualTo(DemoCustomers.WELCOME_POINTS + 50);
    }

    @ParameterizedTest(name = "points \"{0}\", reason \"{1}\"")
    @CsvSource({
            "50, '', Give a reason for the adjustment.",
            "50, '   ', Give a reason for the adjustment.",
            "abc, Goodwill, \"abc\" is not a whole number of points (e.g. 50 or -20).",
            "'', Goodwill, \"\" is not a whole number of points (e.g. 50 or -20).",
            "0, Goodwill, An adjustment must add or remove at least one point.",
            "-100000, Goodwill, The customer has only"})
    void shouldRefuseAnInvalidAdjustmentWithAClearMessageAndChangeNothing(String points, String reason, String message)
            throws Exception {
        Document account = openAccount(DEMO_SHOPPER);
        long before = balance(account);
        int entries = account.select("#loyalty-ledger tbody tr").size();

        Connection.Response refused = adjust(account, points, reason);

        assertThat(refused.statusCode()).isEqualTo(200);
        Document page = refused.parse();
        assertThat(page.selectFirst(".loyalty-refusal").text()).startsWith(message);
        assertThat(page.select(".loyalty-notice")).isEmpty();
        assertThat(page.selectFirst("#loyalty-adjust-points").val()).isEqualTo(points);
        assertThat(balance(openAccount(DEMO_SHOPPER))).isEqualTo(before);
        assertThat(openAccount(DEMO_SHOPPER).select("#loyalty-ledger tbody tr")).hasSize(entries);
    }

    @Test
    void shouldRefuseAPostWithoutTheCsrfToken() throws Exception {
        Document account = openAccount(DEMO_SHOPPER);
        long before = balance(account);

        admin.submit(adjustForm(account), Collections.singletonMap("csrfToken", "forged"));

        assertThat(balance(openAccount(DEMO_SHOPPER))).isEqualTo(before);
    }

    @Test
    void shouldCancelAShoppersOrderAndClawBackItsPoints() throws Exception {
        String email = "cancel-" + System.nanoTime() + "@example.com";
        StorefrontShopper.registerAndOrder(server.siteUrl(), email);
        Document account = openAccount(email);
        Element order = account.selectFirst(".loyalty-placed-order");
        long earned = Long.parseLong(order.selectFirst(".loyalty-order-earned").text());
        assertThat(earned).isPositive();
        assertThat(balance(account)).isEqualTo(SIGN_UP_BONUS + earned);

        FormElement cancel = order.select("form.loyalty-cancel-order").forms().get(0);
        Document after = admin.submit(cancel, Collections.<String, String>emptyMap()).parse();

        assertThat(after.selectFirst(".loyalty-notice").text()).isEqualTo("Order " + order.attr("data-ordernumber")
                + " cancelled: " + earned + " points clawed back, 0 points restored.");
        assertThat(balance(after)).isEqualTo(SIGN_UP_BONUS);
        assertThat(after.selectFirst(".loyalty-placed-order .loyalty-order-status").text()).isEqualTo("Cancelled");
        assertThat(after.selectFirst(".loyalty-placed-order .loyalty-order-status").attr("data-status"))
                .isEqualTo("CANCELLED");
        assertThat(after.select(".loyalty-placed-order form")).as("no action on a cancelled order").isEmpty();
        Element clawback = after.selectFirst("#loyalty-ledger tbody tr");
        assertThat(clawback.selectFirst(".loyalty-points").text()).isEqualTo("-" + earned);
        assertThat(clawback.selectFirst(".loyalty-actor").text()).isEqualTo("admin");

        Document replayed = admin.submit(cancel, Collections.<String, String>emptyMap()).parse();
        assertThat(replayed.selectFirst(".loyalty-notice").text()).endsWith("was already cancelled; nothing changed.");
        assertThat(balance(replayed)).isEqualTo(SIGN_UP_BONUS);
    }

    @Test
    void shouldShowTheCustomersSegmentScoresAndLifecyclePhase() throws Exception {
        String email = "segment-" + System.nanoTime() + "@example.com";
        StorefrontShopper.registerAndOrder(server.siteUrl(), email);

        Document counted = openAccount(email);
        assertThat(counted.selectFirst("#loyalty-segment-orders").text()).isEqualTo("1");
        assertThat(counted.selectFirst("#loyalty-segment-name").text()).startsWith("Not scored yet");

        // The nightly full recompute, run now in the shop's own context (storefront and admin share the database).
        org.springframework.web.context.ContextLoader.getCurrentWebApplicationContext()
                .getBean("blLoyaltyCustomerSegmentService",
                        com.broadleafloyalty.segment.service.CustomerSegmentService.class).recomputeAll();
        Document scored = openAccount(email);

        int r = Integer.parseInt(scored.selectFirst("#loyalty-segment-r").text());
        int f = Integer.parseInt(scored.selectFirst("#loyalty-segment-f").text());
        int m = Integer.parseInt(scored.selectFirst("#loyalty-segment-m").text());
        assertThat(scored.selectFirst("#loyalty-segment-name").text()).isEqualTo(com.broadleafloyalty.segment.core.Segment
                .of(new com.broadleafloyalty.segment.core.RfmScore(r, f, m)).getDisplayName());
        assertThat(scored.selectFirst("#loyalty-segment-phase").text()).isEqualTo("First purchase");
        assertThat(scored.selectFirst("#loyalty-segment-orders").text()).isEqualTo("1");
        assertThat(openAccount(DEMO_SHOPPER).selectFirst(".loyalty-segment-none").text())
                .isEqualTo("No submitted order counted yet.");
    }

    @Test
    void shouldRecordAPartialReturnOnceAndRefuseBadQuantities() throws Exception {
        String email = "return-" + System.nanoTime() + "@example.com";
        StorefrontShopper.registerAndOrder(server.siteUrl(), email);
        Document account = openAccount(email);
        Element order = account.selectFirst(".loyalty-placed-order");
        long earned = Long.parseLong(order.selectFirst(".loyalty-order-earned").text());
        assertThat(admin.get("/loyalty-customers/order?number=" + order.attr("data-ordernumber"))
                .selectFirst("#loyalty-account-of").text()).isEqualTo("Loyalty account of " + email);
        FormElement returnForm = order.select("form.loyalty-return").forms().get(0);
        String quantityField = returnForm.selectFirst("input[name^=quantity-]").attr("name");

        Document notANumber = admin.submit(returnForm, returnOf(quantityField, "abc", "RMA-1")).parse();
        Document tooMany = admin.submit(returnForm, returnOf(quantityField, "4", "RMA-1")).parse();
        assertThat(notANumber.selectFirst(".loyalty-refusal").text())
                .isEqualTo("\"abc\" is not a whole number of items to return.");
        assertThat(tooMany.selectFirst(".loyalty-refusal")).isNotNull();
        assertThat(balance(tooMany)).isEqualTo(SIGN_UP_BONUS + earned);

        Document returned = admin.submit(returnForm, returnOf(quantityField, "1", "RMA-1")).parse();

        String notice = returned.selectFirst(".loyalty-notice").text();
        assertThat(notice).matches("Return RMA-1 of order " + order.attr("data-ordernumber")
                + " recorded: \\d+ points? clawed back, 0 points restored\\.");
        long clawedBack = Long.parseLong(notice.replaceAll(".*recorded: (\\d+) point.*", "$1"));
        assertThat(clawedBack).isBetween(1L, earned - 1);
        assertThat(balance(returned)).isEqualTo(SIGN_UP_BONUS + earned - clawedBack);
        Document replayed = admin.submit(returnForm, returnOf(quantityField, "1", "RMA-1")).parse();
        assertThat(replayed.selectFirst(".loyalty-notice").text()).endsWith("was already recorded; nothing changed.");
        assertThat(balance(replayed)).isEqualTo(SIGN_UP_BONUS + earned - clawedBack);
    }

    @Test
    void shouldOpenTheCustomerOfAnOrderNumberAndExplainAnUnknownOne() throws Exception {
        Document unknown = admin.get("/loyalty-customers/order?number=NO-SUCH-ORDER");

        assertThat(unknown.selectFirst(".loyalty-refusal").text())
                .isEqualTo("There is no order of a registered customer with the number \"NO-SUCH-ORDER\".");
    }

    @Test
    void shouldExportACustomersDataAndEraseItOnlyOnceConfirmed() throws Exception {
        String email = "privacy-" + System.nanoTime() + "@example.com";
        StorefrontShopper.registerAndOrder(server.siteUrl(), email);
        Document account = openAccount(email);
        adjust(account, "15", "Sorry, Casey, for the broken mug");
        account = openAccount(email);
        long balance = balance(account);

        Connection.Response export = admin.fetch(account.selectFirst("a.loyalty-privacy-export").attr("href")
                .substring(account.selectFirst("a.loyalty-privacy-export").attr("href").indexOf("/loyalty-customers")));
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/json");
        assertThat(export.header("Content-Disposition")).startsWith("attachment");
        assertThat(export.body()).contains("Sorry, Casey, for the broken mug").contains("\"referralCode\"");

        FormElement erase = account.select("form.loyalty-privacy-erase").forms().get(0);
        Document unconfirmed = admin.submit(erase, Collections.<String, String>emptyMap()).parse();
        assertThat(unconfirmed.selectFirst(".loyalty-refusal").text())
                .isEqualTo("Tick the confirmation box first: nothing was erased.");
        assertThat(openAccount(email).select("#loyalty-ledger .loyalty-reason").eachText())
                .contains("Sorry, Casey, for the broken mug");

        Document erased = admin.submit(erase, Collections.singletonMap("confirm", "yes")).parse();
        assertThat(erased.selectFirst(".loyalty-notice").text()).startsWith("The customer's personal data is erased:");
        assertThat(erased.select(".loyalty-erased").text()).startsWith("Personal data erased on");
        assertThat(erased.select("form.loyalty-privacy-erase")).isEmpty();
        assertThat(erased.select("#loyalty-ledger .loyalty-reason").eachText())
                .doesNotContain("Sorry, Casey, for the broken mug");
        assertThat(balance(erased)).isEqualTo(balance);
        assertThat(admin.fetch("/loyalty-customers/999999999/privacy/export").statusCode()).isEqualTo(404);
    }

    private Document openAccount(String email) throws IOException {
        Element link = admin.get("/loyalty-customers?q=" + email)
                .selectFirst("#loyalty-customers a:containsOwn(" + email + ")");
        assertThat(link).as("search result for " + email).isNotNull();
        return admin.get(link.attr("href").substring(link.attr("href").indexOf("/loyalty-customers")));
    }

    private Connection.Response adjust(Document account, String points, String reason) throws IOException {
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put("points", points);
        fields.put("reason", reason);
        return admin.submit(adjustForm(account), fields);
    }

    private static Map<String, String> returnOf(String quantityField, String quantity, String reference) {
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put(quantityField, quantity);
        fields.put("returnReference", reference);
        return fields;
    }

    private static FormElement adjustForm(Document account) {
        return account.select("form#loyalty-adjust").forms().get(0);
    }

    private static long balance(Document account) {
        return Long.parseLong(account.selectFirst("#loyalty-balance").text());
    }

    private static String pathOf(Connection.Response response) {
        return response.url().getPath().substring("/admin".length());
    }

    /** Just enough of a storefront shopper to place one order with the demo wallet. */
    private static final class StorefrontShopper {

        static void registerAndOrder(String siteUrl, String email) throws IOException {
            Connection session = Jsoup.newSession().timeout(60_000).ignoreHttpErrors(true);
            post(session, session.newRequest(siteUrl + "/register").get(), "form.register-form",
                    "customer.emailAddress", email, "customer.firstName", "Casey", "customer.lastName", "Cancel",
                    "password", "secret123", "passwordConfirm", "secret123");
            post(session, session.newRequest(siteUrl + "/").get(), "form[action=/cart/add]", "quantity", "3");
            Document checkout = session.newRequest(siteUrl + "/checkout").get();
            checkout = post(session, checkout, "form.checkout-shipping-form", "firstName", "Casey", "lastName", "Cancel",
                    "addressLine1", "1 Main Street", "city", "Springfield", "postalCode", "12345", "country", "US",
                    "shippingOption", checkout.selectFirst("input[name=shippingOption]").val());
            Document confirmation = post(session, checkout, "form.checkout-form", "demoWallet", "admin test wallet");
            assertThat(confirmation.location()).contains("/confirmation/");
        }

        private static Document post(Connection session, Document page, String formSelector, String... fields)
                throws IOException {
            FormElement form = page.select(formSelector).forms().get(0);
            Connection request = session.newRequest(form.absUrl("action")).method(Connection.Method.POST);
            for (Element hidden : form.select("input[type=hidden]")) {
                request.data(hidden.attr("name"), hidden.attr("value"));
            }
            for (int i = 0; i < fields.length; i += 2) {
                request.data(fields[i], fields[i + 1]);
            }
            return request.execute().parse();
        }
    }
}
