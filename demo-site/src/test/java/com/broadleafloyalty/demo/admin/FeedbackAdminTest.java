package com.broadleafloyalty.demo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.broadleafloyalty.demo.seed.DemoCustomers;
import com.broadleafloyalty.demo.web.Shopper;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loyalty > Feedback in the real demo admin over HTTP, after a shopper rated an order on the storefront. */
class FeedbackAdminTest {

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
    void shouldShowNpsCsatAndTheAnswersOfTheRange() throws Exception {
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        Document empty = admin.get("/loyalty-feedback");
        Element link = empty.selectFirst("a[href$=/admin/loyalty-feedback]");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("Feedback");
        assertThat(empty.selectFirst(".loyalty-feedback-count").text()).isEqualTo("0");
        assertThat(empty.selectFirst(".loyalty-feedback-nps").text()).isEqualTo("-");
        assertThat(empty.select(".loyalty-feedback-none")).hasSize(1);

        Shopper dana = new Shopper(server.siteUrl());
        dana.logIn(DemoCustomers.SHOPPERS[0][0], DemoCustomers.SHOPPERS[0][1]);
        dana.submit(dana.open("/"), "form[action=/cart/add]", "quantity", "1");
        Document confirmation = dana.checkOut("dana's wallet");
        String orderNumber = confirmation.selectFirst(".order-number").text();
        Document form = dana.open(confirmation.selectFirst(".loyalty-feedback-link a").attr("href"));
        dana.submit(form, "form.loyalty-feedback-form", "nps", "6", "csat", "4", "comment", "Slow delivery");

        Document page = admin.get("/loyalty-feedback");
        assertThat(page.selectFirst(".loyalty-feedback-count").text()).isEqualTo("1");
        assertThat(page.selectFirst(".loyalty-feedback-nps").text()).isEqualTo("-100.0");
        assertThat(page.selectFirst(".loyalty-feedback-split").text()).isEqualTo("0 / 0 / 1");
        assertThat(page.selectFirst(".loyalty-feedback-csat").text()).isEqualTo("100%");
        assertThat(page.selectFirst(".loyalty-feedback-csat-mean").text()).isEqualTo("4.00");
        assertThat(page.select("#loyalty-feedback-answers tbody tr")).hasSize(1);
        assertThat(page.selectFirst("#loyalty-feedback-answers tbody tr").text())
                .contains(orderNumber).contains("Slow delivery");

        Document before = admin.get("/loyalty-feedback?from=2020-01-01&to=2020-12-31");
        assertThat(before.selectFirst(".loyalty-feedback-count").text()).isEqualTo("0");
        Document bad = admin.get("/loyalty-feedback?from=yesterday&to=2020-12-31");
        assertThat(bad.selectFirst(".loyalty-refusal").text()).contains("is not two dates");
        assertThat(bad.selectFirst(".loyalty-feedback-count").text()).isEqualTo("1");
    }
}
