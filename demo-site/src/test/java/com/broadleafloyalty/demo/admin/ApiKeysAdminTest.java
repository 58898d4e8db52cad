package com.broadleafloyalty.demo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.broadleafloyalty.account.service.CustomerAccountService;
import com.broadleafloyalty.demo.seed.DemoCustomers;
import com.broadleafloyalty.ledger.service.PointsAdjustmentService;
import com.broadleafloyalty.webhook.core.RetrySchedule;
import com.broadleafloyalty.webhook.domain.WebhookSubscription;
import com.broadleafloyalty.webhook.service.WebhookDelivery;
import com.broadleafloyalty.webhook.service.WebhookService;

import java.net.HttpURLConnection;
import java.time.Duration;
import java.net.URL;
import java.util.Collections;

/** Loyalty > API keys in the real demo admin: a key created there works once, shows its last use, and is revoked. */
class ApiKeysAdminTest {

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
    void shouldCreateAKeyShownOnceThatWorksWithinItsScopeUntilRevoked() throws Exception {
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        Document page = admin.get("/loyalty-api-keys");
        Element link = page.selectFirst("a[href$=/admin/loyalty-api-keys]");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("API keys");
        assertThat(page.select(".loyalty-api-key-name").eachText()).contains("Demo key (all scopes)");

        FormElement create = (FormElement) page.selectFirst("form#loyalty-api-key-create");
        Document refused = org.jsoup.Jsoup.parse(admin.submit(create,
                Collections.singletonMap("name", "POS terminal")).body());
        assertThat(refused.selectFirst(".loyalty-refusal").text()).startsWith("Give the key at least one scope");

        java.util.Map<String, String> fields = new java.util.LinkedHashMap<String, String>();
        fields.put("name", "POS terminal");
        fields.put("scopes", "rewards:read");
        Document issued = org.jsoup.Jsoup.parse(admin.submit(create, fields).body());
        String secret = issued.selectFirst(".loyalty-api-key-secret").text();
        assertThat(secret).startsWith("lk_").hasSizeGreaterThan(40);

        assertThat(status(secret, "/rewards")).isEqualTo(200);
        assertThat(status(secret, "/customers/1/account")).isEqualTo(403);
        Document listed = admin.get("/loyalty-api-keys");
        assertThat(listed.outerHtml()).doesNotContain(secret);
        Element row = null;
        for (Element candidate : listed.select("tr.loyalty-api-key")) {
            row = "POS terminal".equals(candidate.selectFirst(".loyalty-api-key-name").text()) ? candidate : row;
        }
        assertThat(row).isNotNull();
        assertThat(row.selectFirst(".loyalty-api-key-scopes").text()).isEqualTo("rewards:read");
        assertThat(row.selectFirst(".loyalty-api-key-last-used").text()).isNotEqualTo("-");

        FormElement revoke = (FormElement) row.selectFirst("form.loyalty-api-key-revoke");
        Document after = org.jsoup.Jsoup.parse(admin.submit(revoke, Collections.<String, String>emptyMap()).body());
        assertThat(after.selectFirst(".loyalty-notice").text()).startsWith("The key is revoked");
        assertThat(status(secret, "/rewards")).isEqualTo(401);
    }

    private static int status(String secret, String path) throws Exception {
        HttpURLConnection call = (HttpURLConnection) new URL(server.siteUrl() + "/api/loyalty/v1" + path)
                .openConnection();
        call.setRequestProperty("Authorization", "Bearer " + secret);
        return call.getResponseCode();
    }

    @Test
    void shouldListAFailedWebhookAndResendIt() throws Exception {
        WebhookService webhooks = server.shop().siteContext().getBean("blLoyaltyWebhookService", WebhookService.class);
        WebhookDelivery delivery = server.shop().siteContext().getBean("blLoyaltyWebhookDelivery",
                WebhookDelivery.class);
        PointsAdjustmentService adjustments = server.shop().siteContext().getBean("blLoyaltyPointsAdjustmentService",
                PointsAdjustmentService.class);
        // Nothing listens on port 1: every attempt is refused, and with no retry window the message fails at once.
        WebhookSubscription subscription = webhooks.subscribe("http://127.0.0.1:1/hook", "points.adjusted",
                "whsec-admin-test-000");
        delivery.setRetrySchedule(new RetrySchedule(Duration.ofMillis(1), Duration.ofMillis(1), Duration.ZERO));
        try {
            Long dana = server.shop().siteContext().getBean("blLoyaltyCustomerAccountService",
                    CustomerAccountService.class).customerIdForMailbox(DemoCustomers.SHOPPERS[0][0]);
            adjustments.adjust(dana, "5", "Goodwill", "admin");
            delivery.deliverDue();
            AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
            Document page = admin.get("/loyalty-webhooks");
            assertThat(page.selectFirst("a[href$=/admin/loyalty-webhooks]").text()).isEqualTo("Webhooks");
            Element row = page.selectFirst("tr.loyalty-webhook-failed");
            assertThat(row).as(page.text()).isNotNull();
            assertThat(row.selectFirst(".loyalty-webhook-error").text()).contains("Connect");

            Document after = org.jsoup.Jsoup.parse(admin.submit((FormElement) row.selectFirst(
                    "form.loyalty-webhook-resend"), Collections.<String, String>emptyMap()).body());
            assertThat(after.selectFirst(".loyalty-notice").text()).startsWith("The message is back in the queue");
            assertThat(after.select("tr.loyalty-webhook-failed")).isEmpty();
        } finally {
            webhooks.unsubscribe(subscription.getId());
            delivery.setFirstRetrySeconds(30);
        }
    }

    @Test
    void shouldCreateAWebhookSubscriptionRefusingBadInputAndDeactivateIt() throws Exception {
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        Document page = admin.get("/loyalty-webhooks");
        FormElement subscribe = (FormElement) page.selectFirst("form#loyalty-webhook-subscribe");
        String url = "https://crm.example.com/hooks/" + System.nanoTime();
        int before = page.select("tr.loyalty-webhook-subscription").size();

        java.util.Map<String, String> badAddress = new java.util.LinkedHashMap<String, String>();
        badAddress.put("url", "ftp://crm.example.com");
        badAddress.put("events", "points.earned");
        badAddress.put("secret", "0123456789abcdef");
        Document refused = org.jsoup.Jsoup.parse(admin.submit(subscribe, badAddress).body());
        assertThat(refused.selectFirst(".loyalty-refusal").text())
                .isEqualTo("\"ftp://crm.example.com\" is not an http or https address.");
        assertThat(refused.select("input[name=events][checked]").eachAttr("value")).containsExactly("points.earned");
        java.util.Map<String, String> noEvent = new java.util.LinkedHashMap<String, String>();
        noEvent.put("url", url);
        noEvent.put("secret", "0123456789abcdef");
        assertThat(org.jsoup.Jsoup.parse(admin.submit(subscribe, noEvent).body()).selectFirst(".loyalty-refusal")
                .text()).startsWith("Choose at least one event");
        java.util.Map<String, String> shortSecret = new java.util.LinkedHashMap<String, String>();
        shortSecret.put("url", url);
        shortSecret.put("events", "tier.changed");
        shortSecret.put("secret", "short");
        assertThat(org.jsoup.Jsoup.parse(admin.submit(subscribe, shortSecret).body()).selectFirst(".loyalty-refusal")
                .text()).isEqualTo("The signing secret must have 16 to 100 characters.");
        assertThat(admin.get("/loyalty-webhooks").select("tr.loyalty-webhook-subscription")).hasSize(before);

        java.util.Map<String, String> good = new java.util.LinkedHashMap<String, String>();
        good.put("url", url);
        good.put("events", "tier.changed");
        good.put("secret", "0123456789abcdef");
        Document created = admin.submit(subscribe, good).parse(); // keeps its address: the forms' actions resolve
        assertThat(created.selectFirst(".loyalty-notice").text()).isEqualTo("Deliveries to " + url
                + " start with the next event.");
        Element row = created.select("tr.loyalty-webhook-subscription").stream()
                .filter(r -> r.text().contains(url)).findFirst().get();
        assertThat(row.text()).contains("tier.changed").contains("yes");

        Document deactivated = org.jsoup.Jsoup.parse(admin.submit((FormElement) row.selectFirst(
                "form.loyalty-webhook-deactivate"), Collections.<String, String>emptyMap()).body());
        assertThat(deactivated.selectFirst(".loyalty-notice").text()).startsWith("The subscription is deactivated");
        Element after = deactivated.select("tr.loyalty-webhook-subscription").stream()
                .filter(r -> r.text().contains(url)).findFirst().get();
        assertThat(after.text()).contains("no");
        assertThat(after.select("form.loyalty-webhook-deactivate")).isEmpty();
        assertThat(admin.get("/loyalty-audit").text()).contains("WebhookSubscription");
    }
}
