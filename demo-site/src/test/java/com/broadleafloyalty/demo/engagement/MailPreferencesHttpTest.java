package com.broadleafloyalty.demo.engagement;

import com.broadleafloyalty.demo.DemoDatabase;
import com.broadleafloyalty.demo.DemoShop;
import com.broadleafloyalty.demo.mail.DemoMailOutbox;
import com.broadleafloyalty.demo.web.Shopper;
import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.service.EngagementMailService;
import com.broadleafloyalty.engagement.service.OutboxMail;
import com.broadleafloyalty.engagement.service.OutgoingMail;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shopper's email preferences page and the unsubscribe link over HTTP: the page saves with Broadleaf's form token
 * and refuses a POST without it with a sentence; a visitor is sent to log in; the link's GET only asks, its POST
 * unsubscribes without a session, a forged link gets the 400 page; the pages in English, Romanian, Polish, Spanish.
 */
class MailPreferencesHttpTest {

    private static final String PAGE = "/account/loyalty/emails";
    private static final String MAIL_PATH = "/loyalty/mail/unsubscribe";

    private static DemoShop shop;

    @BeforeAll
    static void startShop() throws Exception {
        shop = DemoShop.start("127.0.0.1", 0, DemoDatabase.inMemory("mail-preferences"), false);
    }

    @AfterAll
    static void stopShop() throws Exception {
        shop.close();
    }

    @Test
    void shouldSendAVisitorToLogIn() throws Exception {
        Shopper visitor = new Shopper(shop.baseUrl());

        visitor.open(PAGE);

        assertThat(visitor.lastUrl()).contains("/login");
    }

    @Test
    void shouldSaveTheChoicesAndSaySo() throws Exception {
        Shopper shopper = registered();
        Document myLoyalty = shopper.open("/account/loyalty");
        assertThat(myLoyalty.selectFirst("a.loyalty-email-preferences-link").attr("href")).endsWith(PAGE);

        Document page = shopper.open(PAGE);
        assertThat(page.select("input[name=category]").eachAttr("value"))
                .contains("WELCOME", "WIN_BACK", "POINTS_EXPIRY", "FEEDBACK").doesNotContain("DIGEST");
        assertThat(page.select("input[name=category]:not([checked])")).isEmpty();
        assertThat(page.selectFirst("input[name=digest]").hasAttr("checked")).isFalse();

        Document saved = shopper.submit(page, "form.loyalty-preferences-form", "category", "WELCOME",
                "category", "POINTS_EXPIRY", "digest", "true");

        assertThat(saved.selectFirst(".loyalty-preferences-saved").text()).isEqualTo(
                "Your email preferences are saved.");
        assertThat(saved.select("input[name=category][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder("WELCOME", "POINTS_EXPIRY");
        assertThat(saved.selectFirst("input[name=digest]").hasAttr("checked")).isTrue();
    }

    @Test
    void shouldRefuseAPostWithoutTheFormTokenWithASentence() throws Exception {
        Shopper shopper = registered();

        Connection.Response refused = shopper.postWithoutToken(PAGE, "digest", "true");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.parse().selectFirst("p.form-expired").text()).startsWith("For your security");
        Document page = shopper.open(PAGE);
        assertThat(page.selectFirst("input[name=digest]").hasAttr("checked")).isFalse();
        assertThat(page.select("input[name=category]:not([checked])")).isEmpty();
    }

    @Test
    void shouldRefuseACategoryTheShopDoesNotOfferAndChangeNothing() throws Exception {
        Shopper shopper = registered();

        Document refused = shopper.submit(shopper.open(PAGE), "form.loyalty-preferences-form", "category", "DIGEST");

        assertThat(refused.selectFirst(".loyalty-preferences-error").text())
                .startsWith("The form did not come as this page sends it");
        assertThat(refused.select("input[name=category]:not([checked])")).isEmpty();
    }

    @Test
    void shouldAskOnTheLinkAndUnsubscribeOnlyOnThePost() throws Exception {
        String email = "unsubscribe-" + System.nanoTime() + "@example.com";
        new Shopper(shop.baseUrl()).register(email, "secret123");
        Customer customer = customerService().readCustomerByEmail(email);
        String link = unsubscribeLinkOfAWelcomeTo(customer);
        String path = link.replace("http://localhost:8080", "");

        Shopper reader = new Shopper(shop.baseUrl());
        Document confirmation = reader.open(path);
        assertThat(reader.lastStatus()).isEqualTo(200);
        assertThat(confirmation.selectFirst(".loyalty-unsubscribe-question").text())
                .isEqualTo("Stop receiving these emails: welcome to the programme?");
        assertThat(mails().unsubscriptions(customer.getId()).contains(MailCategory.WELCOME)).isFalse();

        Connection.Response forgedGet = reader.get(path + "x");
        assertThat(forgedGet.statusCode()).isEqualTo(400);
        assertThat(forgedGet.body()).contains("This link is not valid");
        Connection.Response forgedPost = new Shopper(shop.baseUrl()).postWithoutToken(MAIL_PATH,
                "m", parameter(link, "m"), "s", parameter(link, "s") + "x");
        assertThat(forgedPost.statusCode()).isEqualTo(400);
        assertThat(mails().unsubscriptions(customer.getId()).contains(MailCategory.WELCOME)).isFalse();

        // Another browser, no session and no form token: the link's signature is the proof.
        Connection.Response done = new Shopper(shop.baseUrl()).postWithoutToken(MAIL_PATH,
                "m", parameter(link, "m"), "s", parameter(link, "s"));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(done.body()).body().text())
                .isEqualTo("Done: you will receive no more emails of this kind (welcome to the programme).");
        assertThat(mails().unsubscriptions(customer.getId()).contains(MailCategory.WELCOME)).isTrue();
    }

    @Test
    void shouldUnsubscribeWithTheConfirmationPagesButton() throws Exception {
        String email = "button-" + System.nanoTime() + "@example.com";
        new Shopper(shop.baseUrl()).register(email, "secret123");
        Customer customer = customerService().readCustomerByEmail(email);
        Shopper reader = new Shopper(shop.baseUrl());
        Document confirmation = reader.open(unsubscribeLinkOfAWelcomeTo(customer).replace("http://localhost:8080", ""));

        Document done = reader.submit(confirmation, "form.loyalty-unsubscribe-form");

        assertThat(reader.lastStatus()).isEqualTo(200);
        assertThat(done.text()).contains("welcome to the programme");
        assertThat(mails().unsubscriptions(customer.getId()).contains(MailCategory.WELCOME)).isTrue();
    }

    @Test
    void shouldShowThePagesInEachLanguage() throws Exception {
        String email = "languages-" + System.nanoTime() + "@example.com";
        Shopper shopper = new Shopper(shop.baseUrl());
        shopper.register(email, "secret123");
        String[][] languages = {
            {"en_US", "Email preferences", "Welcome to the programme", "Unsubscribe"},
            {"ro_RO", "Preferințe pentru e-mailuri", "Bun venit în program", "Dezabonare"},
            {"pl_PL", "Ustawienia e-maili", "Powitanie w programie", "Wypisz się"},
            {"es_ES", "Preferencias de correo", "Bienvenida al programa", "Darse de baja"}};
        String link = unsubscribeLinkOfAWelcomeTo(customerService().readCustomerByEmail(email))
                .replace("http://localhost:8080", "");
        for (String[] language : languages) {
            Document page = shopper.open(PAGE + "?blLocaleCode=" + language[0]);
            assertThat(page.selectFirst(".loyalty-email-preferences h2").text()).isEqualTo(language[1]);
            assertThat(page.selectFirst("input[value=WELCOME]").parent().text()).isEqualTo(language[2]);

            Document confirmation = shopper.open(link + "&blLocaleCode=" + language[0]);
            assertThat(confirmation.selectFirst(".loyalty-unsubscribe h2").text()).isEqualTo(language[3]);
        }
    }

    private static Shopper registered() throws Exception {
        Shopper shopper = new Shopper(shop.baseUrl());
        shopper.register("preferences-" + System.nanoTime() + "@example.com", "secret123");
        return shopper;
    }

    /** Sends the customer a welcome email through the engagement door and reads its unsubscribe link in the outbox. */
    private static String unsubscribeLinkOfAWelcomeTo(Customer customer) {
        EmailInfo welcome = shop.siteContext().getBean("blLoyaltyWelcomeEmailInfo", EmailInfo.class);
        mails().send(new OutgoingMail(customer, MailCategory.WELCOME, "HTTP-TEST:" + customer.getId(), welcome)
                .with("balance", 0L));
        for (OutboxMail mail : new DemoMailOutbox().recent(500)) {
            if (mail.getTo().equalsIgnoreCase(customer.getEmailAddress())) {
                return Jsoup.parse(mail.getHtml()).selectFirst("a.unsubscribe").attr("href");
            }
        }
        throw new AssertionError("No mail to " + customer.getEmailAddress() + " in the outbox");
    }

    private static EngagementMailService mails() {
        return shop.siteContext().getBean("blLoyaltyEngagementMailService", EngagementMailService.class);
    }

    private static CustomerService customerService() {
        return shop.siteContext().getBean("blCustomerService", CustomerService.class);
    }

    private static String parameter(String url, String name) throws UnsupportedEncodingException {
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), "UTF-8");
            }
        }
        return null;
    }
}
