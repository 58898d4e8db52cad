package com.broadleafloyalty.demo.web;

import com.broadleafloyalty.challenge.core.ChallengeDraft;
import com.broadleafloyalty.challenge.service.ChallengeService;
import com.broadleafloyalty.demo.DemoDatabase;
import com.broadleafloyalty.demo.DemoShop;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** My loyalty shows an open challenge's progress, then the badge once the shopper's orders complete it. */
class ChallengesHttpTest {

    private static DemoShop shop;

    @BeforeAll
    static void startShop() throws Exception {
        shop = DemoShop.start("127.0.0.1", 0, DemoDatabase.inMemory("challenges"), false);
    }

    @AfterAll
    static void stopShop() throws Exception {
        shop.close();
    }

    @Test
    void shouldShowProgressThenTheBadgeOnMyLoyalty() throws Exception {
        ChallengeService challenges = shop.siteContext().getBean("blLoyaltyChallengeService", ChallengeService.class);
        ChallengeDraft draft = new ChallengeDraft();
        draft.name = "<i>Two</i> & counting";
        draft.description = "Place two orders within 30 days.";
        draft.ruleType = "ORDERS";
        draft.goal = "2";
        draft.windowType = "ROLLING_DAYS";
        draft.days = "30";
        draft.bonusPoints = "25";
        Long id = challenges.save(null, draft, "admin").getId();
        try {
            Shopper shopper = new Shopper(shop.baseUrl());
            shopper.register("challenges-" + System.nanoTime() + "@example.com", "secret123");
            Document before = shopper.open("/account/loyalty");
            Element open = challenge(before, id);
            assertThat(open.selectFirst(".loyalty-challenge-name").text()).isEqualTo("<i>Two</i> & counting");
            assertThat(open.select("i")).isEmpty();
            assertThat(open.selectFirst(".loyalty-challenge-progress").text()).isEqualTo("0 orders of 2 placed");
            assertThat(open.selectFirst(".loyalty-challenge-window").text()).isEqualTo("in the last 30 days");
            assertThat(open.selectFirst(".loyalty-challenge-reward").text())
                    .isEqualTo("Earns the badge Regular and 25 bonus points");
            assertThat(before.selectFirst(".loyalty-badges-none").text()).startsWith("No badges yet");

            ShopHttpTest.add(shopper, "2", 1);
            shopper.checkOut("my wallet");
            Document halfway = shopper.open("/account/loyalty");
            assertThat(challenge(halfway, id).selectFirst("progress.loyalty-challenge-bar").attr("value"))
                    .isEqualTo("50");
            assertThat(challenge(halfway, id).selectFirst(".loyalty-challenge-progress").text())
                    .isEqualTo("1 order of 2 placed");
            assertThat(halfway.selectFirst(".loyalty-challenge-next").text())
                    .isEqualTo("Closest to done: <i>Two</i> & counting");

            ShopHttpTest.add(shopper, "2", 1);
            shopper.checkOut("my wallet");
            Document after = shopper.open("/account/loyalty");
            assertThat(after.select(".loyalty-challenge[data-challenge-id=" + id + "]")).isEmpty();
            assertThat(after.select(".loyalty-badge .loyalty-badge-label").eachText()).containsExactly("Regular");
            assertThat(after.selectFirst(".loyalty-badge-earned").text()).endsWith("for “<i>Two</i> & counting”");
        } finally {
            challenges.deactivate(id, "admin");
        }
    }

    private static Element challenge(Document page, Long id) {
        Element found = page.selectFirst(".loyalty-challenge[data-challenge-id=" + id + "]");
        assertThat(found).as("challenge " + id + " on My loyalty").isNotNull();
        return found;
    }
}
