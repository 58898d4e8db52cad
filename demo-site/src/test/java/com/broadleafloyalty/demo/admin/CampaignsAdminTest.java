package com.broadleafloyalty.demo.admin;

import com.broadleafloyalty.demo.web.Shopper;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loyalty > Campaigns over HTTP: bad input refused with sentences, a campaign to "last order after yesterday" saved
 * with its audience count, previewed for a real shopper, sent now in the background with its progress, and its
 * email seen in Loyalty > Outbox.
 */
class CampaignsAdminTest {

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
    void shouldRefuseBadInputWithSentencesAndKeepWhatWasTyped() throws Exception {
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        Document list = admin.get("/loyalty-campaigns");
        Element menu = list.selectFirst("a[href$=/admin/loyalty-campaigns]");
        assertThat(menu).isNotNull();
        assertThat(menu.text()).isEqualTo("Campaigns");

        Document form = admin.get("/loyalty-campaigns/new");
        Map<String, String> input = new HashMap<String, String>();
        input.put("name", "");
        input.put("subject_en", "Hello {nombre}");
        input.put("body_en", "Text");
        input.put("lastOrderAfter", "31/12/2026");
        input.put("bonusPoints", "lots");
        Connection.Response refused = admin.submit((FormElement) form.selectFirst("form.loyalty-campaign-form"), input);

        assertThat(refused.statusCode()).isEqualTo(200);
        Document page = refused.parse();
        assertThat(page.select(".loyalty-campaign-problem").eachText()).containsExactly(
                "Give the campaign a name.",
                "\"31/12/2026\" is not a date: write it as year-month-day, e.g. 2026-12-31.",
                "Unknown placeholder {nombre} in the English text; the placeholders are {firstName}, {balance}, "
                        + "{tier}, {pointsToNextTier}.",
                "Bonus points are a whole number from 0 to 1000000.");
        assertThat(page.selectFirst("input[name=subject_en]").val()).isEqualTo("Hello {nombre}");
        assertThat(admin.get("/loyalty-campaigns").select("tr.loyalty-campaign-row").eachText())
                .noneMatch(row -> row.contains("Hello {nombre}"));
    }

    @Test
    void shouldPreviewSendAndShowTheProgressOfACampaign() throws Exception {
        String email = "campaign-" + System.nanoTime() + "@example.com";
        Shopper shopper = new Shopper(server.siteUrl());
        shopper.register(email, "secret123");
        shopper.submit(shopper.open("/"), "form[action=/cart/add]", "quantity", "1");
        shopper.checkOut("campaign wallet");
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        String subject = "Hello {firstName} " + System.nanoTime();

        Document form = admin.get("/loyalty-campaigns/new");
        Map<String, String> input = new HashMap<String, String>();
        input.put("name", "Today's shoppers");
        input.put("lastOrderAfter", LocalDate.now().minusDays(1).toString());
        input.put("subject_en", subject);
        input.put("body_en", "You have {balance} points.\n\n<b>Thanks</b>");
        input.put("bonusPoints", "15");
        Connection.Response saved = admin.submit((FormElement) form.selectFirst("form.loyalty-campaign-form"), input);
        Document campaign = saved.parse();
        assertThat(campaign.select(".loyalty-notice").text()).isEqualTo("The campaign is saved.");
        assertThat(campaign.selectFirst(".loyalty-campaign-count").text()).matches(
                "The audience reaches [0-9]+ customers? now\\.");
        assertThat(campaign.selectFirst(".loyalty-campaign-status").text()).isEqualTo("Draft");
        String path = saved.url().getPath().replaceFirst("^.*/admin", "");
        assertThat(path).matches("/loyalty-campaigns/[0-9]+");

        Connection.Response preview = admin.fetch(path + "/preview?customer=" + URLEncoder.encode(email, "UTF-8"));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.header("Content-Security-Policy")).contains("sandbox");
        Document previewed = preview.parse();
        String filled = subject.replace("{firstName}", "Test");
        assertThat(previewed.selectFirst(".loyalty-preview-subject").text()).isEqualTo(filled);
        assertThat(previewed.selectFirst(".loyalty-preview-audience").text()).contains("is in this campaign's audience");
        assertThat(previewed.select("p.campaign-paragraph").eachText()).hasSize(2);
        assertThat(previewed.select("p.campaign-paragraph").get(0).text()).matches("You have [0-9,]+ points\\.");
        assertThat(previewed.select("p.campaign-paragraph").get(1).text()).isEqualTo("<b>Thanks</b>");
        assertThat(previewed.select("p.campaign-paragraph b")).isEmpty();
        Connection.Response unknown = admin.fetch(path + "/preview?customer=nobody@example.com");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(unknown.body()).text())
                .isEqualTo("There is no customer with the email address or id \"nobody@example.com\".");

        Connection.Response sent = admin.submit((FormElement) campaign.selectFirst("form.loyalty-campaign-send"),
                new HashMap<String, String>());
        assertThat(sent.parse().select(".loyalty-notice").text()).startsWith("The campaign is being sent");
        Document progress = waitUntilSent(admin, path);
        assertThat(Integer.parseInt(progress.selectFirst(".loyalty-campaign-sent").text())).isPositive();
        assertThat(progress.selectFirst(".loyalty-campaign-remaining").text()).isEqualTo("0");
        assertThat(progress.selectFirst(".loyalty-campaign-will-retry").text()).isEqualTo("0");
        assertThat(progress.select("form.loyalty-campaign-send")).isEmpty();

        Document outbox = admin.get("/loyalty-outbox");
        List<String> subjects = outbox.select("tr.loyalty-outbox-mail").stream()
                .filter(row -> row.child(1).text().equals(email)).map(row -> row.child(2).text())
                .collect(Collectors.toList());
        assertThat(subjects).containsOnlyOnce(filled);
        Document list = admin.get("/loyalty-campaigns");
        assertThat(list.select("tr.loyalty-campaign-row").eachText()).anyMatch(row -> row.contains("Today's shoppers"));
    }

    @Test
    void shouldScheduleAndCancelAndRefuseABadTimeOrAddress() throws Exception {
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        Document form = admin.get("/loyalty-campaigns/new");
        Map<String, String> input = new HashMap<String, String>();
        input.put("name", "Scheduled " + System.nanoTime());
        input.put("newsletter", "true");
        input.put("subject_en", "Later");
        input.put("body_en", "Text");
        Document campaign = admin.submit((FormElement) form.selectFirst("form.loyalty-campaign-form"), input).parse();
        FormElement schedule = (FormElement) campaign.selectFirst("form.loyalty-campaign-schedule");

        Document soon = admin.submit(schedule, java.util.Collections.singletonMap("at", "soon")).parse();
        assertThat(soon.select(".loyalty-campaign-error").text()).isEqualTo("\"soon\" is not a date and time: write it "
                + "as year-month-day hours:minutes, e.g. 2026-12-31 09:30.");
        Document past = admin.submit(schedule, java.util.Collections.singletonMap("at", "2000-01-01 10:00")).parse();
        assertThat(past.select(".loyalty-campaign-error").text()).isEqualTo("The time to send must be in the future.");
        Document badAddress = admin.submit((FormElement) campaign.selectFirst("form.loyalty-campaign-test"),
                java.util.Collections.singletonMap("address", "not an address")).parse();
        assertThat(badAddress.select(".loyalty-campaign-error").text())
                .isEqualTo("\"not an address\" is not an email address.");

        String later = java.time.LocalDateTime.now().plusDays(2).withSecond(0).withNano(0).toString().replace('T', ' ');
        Document scheduled = admin.submit(schedule, java.util.Collections.singletonMap("at", later)).parse();
        assertThat(scheduled.select(".loyalty-notice").text()).isEqualTo("The campaign is scheduled.");
        assertThat(scheduled.selectFirst(".loyalty-campaign-status").text()).isEqualTo("Scheduled");
        Document cancelled = admin.submit((FormElement) scheduled.selectFirst("form.loyalty-campaign-cancel"),
                new HashMap<String, String>()).parse();
        assertThat(cancelled.selectFirst(".loyalty-campaign-status").text()).isEqualTo("Cancelled");
        assertThat(cancelled.select("form.loyalty-campaign-cancel, form.loyalty-campaign-send")).isEmpty();
    }

    private static Document waitUntilSent(AdminBrowser admin, String path) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        Document page = admin.get(path);
        while (!"Sent".equals(page.selectFirst(".loyalty-campaign-status").text())
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            page = admin.get(path);
        }
        assertThat(page.selectFirst(".loyalty-campaign-status").text()).isEqualTo("Sent");
        return page;
    }
}
