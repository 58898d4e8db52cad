package com.broadleafloyalty.demo.admin;

import com.broadleafloyalty.challenge.service.ChallengeService;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loyalty admin in the merchant's language over HTTP: English by default, then Romanian, Polish and Spanish after
 * the language switch (Broadleaf's ?blLocaleCode=, kept in the session), with forms, their tokens and refusals working
 * in each, our labels and refusals on Broadleaf's entity screens too, and back to English. Expected texts are read
 * from the bundles, so a changed translation cannot break it.
 */
class AdminLanguageTest {

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
    void shouldShowTheLoyaltyAdminInTheChosenLanguageUntilSwitchedBack() throws Exception {
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        Document english = admin.get("/loyalty-challenges");
        assertInLanguage(english, "");
        assertThat(english.selectFirst(".loyalty-language-current").text()).isEqualTo("English");
        assertThat(english.select("a.loyalty-language").eachText()).containsExactlyInAnyOrder(
                "Română", "Polski", "Español");
        assertThat(admin.get("/loyalty-feedback?from=2020-01-01&to=2020-12-31")
                .selectFirst("a.loyalty-language[hreflang=ro-RO]").attr("href"))
                .as("the switch keeps the page's query")
                .endsWith("/admin/loyalty-feedback?from=2020-01-01&to=2020-12-31&blLocaleCode=ro_RO");

        String[][] languages = {{"ro-RO", "_ro"}, {"pl-PL", "_pl"}, {"es-ES", "_es"}};
        for (String[] language : languages) {
            Document switched = follow(admin, admin.get("/loyalty-challenges"), language[0]);
            assertInLanguage(switched, language[1]);
            assertThat(switched.selectFirst(".loyalty-language-current").attr("lang")).isEqualTo(language[0]);
            assertInLanguage(admin.get("/loyalty-challenges"), language[1]);
            assertThat(admin.get("/loyalty-dashboard").selectFirst(".loyalty-language-label").text())
                    .isEqualTo(text("LoyaltyAdminMessages" + language[1], "loyalty.admin.language"));
        }

        Document back = follow(admin, admin.get("/loyalty-challenges"), "en-US");
        assertInLanguage(back, "");
        assertInLanguage(admin.get("/loyalty-challenges"), "");
    }

    @Test
    void shouldRefuseAndSaveAFormInTheChosenLanguage() throws Exception {
        ChallengeService challenges = server.shop().siteContext().getBean("blLoyaltyChallengeService",
                ChallengeService.class);
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        follow(admin, admin.get("/loyalty-challenges"), "pl-PL");
        int before = challenges.challenges().size();

        FormElement save = (FormElement) admin.get("/loyalty-challenges/new")
                .selectFirst("form#loyalty-challenge-save");
        Map<String, String> nameless = challenge(" ");
        Connection.Response refusedResponse = admin.submit(save, nameless);
        Document refused = Jsoup.parse(refusedResponse.body(), refusedResponse.url().toString());

        assertThat(refusedResponse.statusCode()).isEqualTo(200);
        assertThat(refused.select(".loyalty-challenge-problem").eachText()).containsExactly(
                text("LoyaltyChallengeMessages_pl", "loyalty.challenge.refused.nameMissing"));
        assertThat(challenges.challenges()).hasSize(before);
        assertThat(refused.selectFirst("a.loyalty-language[hreflang=es-ES]").attr("href"))
                .as("after a POST the switch leads to the section, not back to the form's action")
                .endsWith("/admin/loyalty-challenges?blLocaleCode=es_ES");

        Connection.Response savedResponse = admin.submit(
                (FormElement) refused.selectFirst("form#loyalty-challenge-save"), challenge("Trzy zamówienia"));
        Document saved = Jsoup.parse(savedResponse.body(), savedResponse.url().toString());
        assertThat(saved.selectFirst(".loyalty-notice").text()).isEqualTo(new MessageFormat(
                text("LoyaltyAdminChallengeMessages_pl", "loyalty.challenges.saved"), new ULocale("pl_PL"))
                .format(new Object[] {"Trzy zamówienia"}));
        assertThat(challenges.challenges()).hasSize(before + 1);

        follow(admin, saved, "en-US");
        Connection.Response englishRefusal = admin.submit((FormElement) admin.get("/loyalty-challenges/new")
                .selectFirst("form#loyalty-challenge-save"), challenge(""));
        assertThat(Jsoup.parse(englishRefusal.body()).select(".loyalty-challenge-problem").eachText())
                .containsExactly(text("LoyaltyChallengeMessages", "loyalty.challenge.refused.nameMissing"));
    }

    @Test
    void shouldAnswerAnExpiredFormInTheChosenLanguage() throws Exception {
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        follow(admin, admin.get("/loyalty-challenges"), "ro-RO");
        FormElement save = (FormElement) admin.get("/loyalty-challenges/new")
                .selectFirst("form#loyalty-challenge-save");
        Map<String, String> withoutToken = challenge("Fără token");
        withoutToken.put("csrfToken", "not-the-session-token");

        Connection.Response expired = admin.submit(save, withoutToken);

        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(expired.body()).selectFirst("h1").text())
                .isEqualTo(text("LoyaltyAdminMessages_ro", "loyalty.admin.formExpired.title"));
    }

    @Test
    void shouldKeepTheLanguageOfTheSessionWhateverTheBrowserAsksOrAnUnknownCode() throws Exception {
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        assertInLanguage(admin.get("/loyalty-challenges", "Accept-Language", "ro-RO,ro;q=0.9"), "");

        follow(admin, admin.get("/loyalty-challenges"), "es-ES");
        assertInLanguage(admin.get("/loyalty-challenges?blLocaleCode=xx_YY"), "_es");
        assertInLanguage(admin.get("/loyalty-challenges", "Accept-Language", "pl-PL"), "_es");

        AdminBrowser other = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        assertInLanguage(other.get("/loyalty-challenges"), "");
    }

    @Test
    void shouldShowOurLabelsAndRefusalsOnBroadleafsEntityScreensInTheChosenLanguage() throws Exception {
        AdminBrowser admin = AdminBrowser.signIn(server.adminUrl(), "admin", "admin");
        Document rewards = admin.get("/loyalty-rewards?blLocaleCode=es_ES");

        String bundle = "LoyaltyAdminMessages_es";
        assertThat(rewards.select("#listGrid-main th .listgrid-title").stream().map(Element::ownText))
                .containsExactly(text(bundle, "RewardItemImpl_Name"), text(bundle, "RewardItemImpl_Points_Cost"),
                        text(bundle, "RewardItemImpl_Reward_Type"), text(bundle, "RewardItemImpl_Active"),
                        text(bundle, "RewardItemImpl_Stock"));
        Connection.Response created = admin.submit(
                admin.get("/loyalty-rewards/add").select("form.modal-add-entity-form").forms().get(0),
                RewardCatalogAdminTest.item("Entrega gratis", "300", "FREE_SHIPPING"));
        String itemPath = created.url().getPath().substring("/admin".length());
        assertThat(itemPath).matches("/loyalty-rewards/-?\\d+");

        Connection.Response refused = admin.submit(admin.get(itemPath).select("form.entity-form").forms().get(0),
                Collections.singletonMap(RewardCatalogAdminTest.field("pointsCost"), "-5"));

        assertThat(refused.parse().select(".errors .fieldError").text())
                .contains(text(bundle, "RewardItemImpl_Points_Cost") + ": "
                        + text(bundle, "loyalty.reward.pointsCost.notPositive"));
    }

    /** Follows the language switch's link to the language with this BCP 47 tag. */
    private static Document follow(AdminBrowser admin, Document page, String tag) throws IOException {
        Element link = page.selectFirst("a.loyalty-language[hreflang=" + tag + "]");
        assertThat(link).as("a link to " + tag + " in the language switch").isNotNull();
        String href = link.attr("href");
        return admin.get(href.substring(href.indexOf("/admin") + "/admin".length()));
    }

    /** The Challenges page's menu entry and empty-or-list texts in the bundle of this suffix ("" for English). */
    private static void assertInLanguage(Document challengesPage, String suffix) throws IOException {
        String bundle = "LoyaltyAdminChallengeMessages" + suffix;
        assertThat(challengesPage.selectFirst("a[href$=/admin/loyalty-challenges]").text())
                .isEqualTo(text(bundle, "LoyaltyChallenges"));
        assertThat(challengesPage.selectFirst("#loyalty-challenge-new").text())
                .isEqualTo(text(bundle, "loyalty.challenges.new"));
        assertThat(challengesPage.selectFirst(".loyalty-language-label").text())
                .isEqualTo(text("LoyaltyAdminMessages" + suffix, "loyalty.admin.language"));
    }

    private static Map<String, String> challenge(String name) {
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put("name", name);
        fields.put("ruleType", "ORDERS");
        fields.put("goal", "3");
        fields.put("windowType", "ROLLING_DAYS");
        fields.put("days", "60");
        fields.put("bonusPoints", "50");
        return fields;
    }

    /** A message as the bundle file on the classpath holds it (UTF-8). */
    private static String text(String bundle, String key) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = AdminLanguageTest.class.getResourceAsStream("/messages/" + bundle + ".properties");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        assertThat(texts.getProperty(key)).as(key + " in " + bundle).isNotNull();
        return texts.getProperty(key);
    }
}
