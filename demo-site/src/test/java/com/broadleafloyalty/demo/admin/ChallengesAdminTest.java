package com.broadleafloyalty.demo.admin;

import com.broadleafloyalty.challenge.domain.Challenge;
import com.broadleafloyalty.challenge.service.ChallengeService;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Loyalty > Challenges through the real admin: bad input refused with every reason, create, list, deactivate. */
class ChallengesAdminTest {

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
    void shouldRefuseABadChallengeWithItsReasonsAndCreateAValidOne() throws Exception {
        ChallengeService challenges = server.shop().siteContext().getBean("blLoyaltyChallengeService",
                ChallengeService.class);
        int before = challenges.challenges().size();
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        Document list = admin.get("/loyalty-challenges");
        assertThat(list.selectFirst("a[href$=/admin/loyalty-challenges]").text()).isEqualTo("Challenges");

        Document form = admin.get("/loyalty-challenges/new");
        FormElement save = (FormElement) form.selectFirst("form#loyalty-challenge-save");
        Map<String, String> bad = new LinkedHashMap<String, String>();
        bad.put("name", " ");
        bad.put("ruleType", "CATEGORY_SPEND");
        bad.put("goal", "lots");
        bad.put("windowType", "ROLLING_DAYS");
        bad.put("days", "99999");
        bad.put("bonusPoints", "-1");
        Connection.Response refusedResponse = admin.submit(save, bad);
        Document refused = Jsoup.parse(refusedResponse.body());

        assertThat(refusedResponse.statusCode()).isEqualTo(200);
        assertThat(refused.select(".loyalty-challenge-problem").eachText()).containsExactly(
                "Give the challenge a name.",
                "The goal must be an amount above 0 with at most two decimals, up to 1,000,000.",
                "A challenge on spending in a category needs the category’s id.",
                "A rolling window lasts from 1 to 3,660 days.",
                "The bonus must be a whole number of points from 0 to 1,000,000.");
        assertThat(refused.selectFirst("input[name=goal]").val()).isEqualTo("lots");
        assertThat(challenges.challenges()).hasSize(before);

        Map<String, String> good = new LinkedHashMap<String, String>();
        good.put("name", "<b>Three</b> in a row");
        good.put("description", "Place three orders within 60 days.");
        good.put("ruleType", "ORDERS");
        good.put("goal", "3");
        good.put("windowType", "ROLLING_DAYS");
        good.put("days", "60");
        good.put("bonusPoints", "50");
        good.put("badge", "CHAMPION");
        Document saved = page(admin.submit(save, good));

        assertThat(saved.selectFirst(".loyalty-notice").text()).isEqualTo("Challenge “<b>Three</b> in a row” saved.");
        Element row = rowNamed(saved, "<b>Three</b> in a row");
        assertThat(row).as("the new challenge's row, its name escaped").isNotNull();
        assertThat(row.selectFirst(".loyalty-challenge-type").text()).isEqualTo("Orders placed");
        assertThat(row.selectFirst(".loyalty-challenge-window").text()).isEqualTo("in the last 60 days");
        assertThat(row.selectFirst(".loyalty-challenge-badge").text()).isEqualTo("Champion");
        assertThat(row.selectFirst(".loyalty-challenge-completions").text()).isEqualTo("0");
        assertThat(saved.select("b")).noneMatch(b -> b.text().equals("Three"));

        FormElement deactivate = (FormElement) row.selectFirst("form.loyalty-challenge-deactivate");
        Document after = page(admin.submit(deactivate, Collections.<String, String>emptyMap()));
        assertThat(after.selectFirst(".loyalty-notice").text()).startsWith("The challenge is deactivated");
        assertThat(rowNamed(after, "<b>Three</b> in a row").selectFirst(".loyalty-challenge-status").text())
                .isEqualTo("Deactivated");
        Challenge stored = challenges.challenge(Long.valueOf(row.attr("data-challenge-id")));
        assertThat(stored.isActive()).isFalse();
        assertThat(stored.getBonusPoints()).isEqualTo(50L);
        assertThat(admin.get("/loyalty-audit").select("td").eachText()).contains("Challenge changed");
    }

    /** The response's page, with its address: its forms can be submitted. */
    private static Document page(Connection.Response response) {
        return Jsoup.parse(response.body(), response.url().toString());
    }

    private static Element rowNamed(Document page, String name) {
        for (Element row : page.select("tr.loyalty-challenge-row")) {
            if (name.equals(row.selectFirst(".loyalty-challenge-name").text())) {
                return row;
            }
        }
        return null;
    }
}
