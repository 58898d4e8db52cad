package com.broadleafloyalty.engagement;

import com.broadleafloyalty.engagement.core.FrequencyCap;
import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.core.MailOutcome;
import com.broadleafloyalty.engagement.domain.CustomerEngagement;
import com.broadleafloyalty.engagement.domain.EngagementMail;
import com.broadleafloyalty.engagement.service.EngagementMailService;
import com.broadleafloyalty.engagement.service.EngagementMailServiceImpl;
import com.broadleafloyalty.engagement.service.OutgoingMail;
import com.broadleafloyalty.engagement.web.EngagementMailController;
import com.broadleafloyalty.support.privacy.PersonalData;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.Mails;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.test.TestSmtp;
import com.icegreen.greenmail.util.GreenMail;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engagement door on the real context, mailing a real SMTP server: once per trigger (also from two threads at
 * once), unsubscribe and cap honoured, and the pixel, click and unsubscribe links recorded, a forged one refused.
 */
class EngagementMailIntegrationTest {

    private static final String SUBJECT = "Welcome to our loyalty programme";

    private final ShopFixture shop = new ShopFixture();
    private final EngagementMailService mails =
            LoyaltyTestContext.bean("blLoyaltyEngagementMailService", EngagementMailService.class);
    private final EngagementMailController links =
            LoyaltyTestContext.bean("blLoyaltyEngagementMailController", EngagementMailController.class);
    private final EmailInfo welcome = LoyaltyTestContext.bean("blLoyaltyWelcomeEmailInfo", EmailInfo.class);
    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = TestSmtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
        service().setCap(new FrequencyCap(3, 7));
    }

    @Test
    void shouldSendATriggerOnce() {
        Customer customer = shop.registeredCustomer();
        String key = "TEST:" + customer.getId();

        assertThat(mails.send(mail(customer, key))).isEqualTo(MailOutcome.SENT);
        assertThat(mails.send(mail(customer, key))).isEqualTo(MailOutcome.ALREADY_SENT);

        assertThat(Mails.to(smtp, customer.getEmailAddress(), SUBJECT)).hasSize(1);
        assertThat(mails.wasSent(key)).isTrue();
        assertThat(mails.engagementOf(customer.getId()).getMailsSent()).isEqualTo(1);
    }

    @Test
    void shouldSendATriggerOnceWhenTwoSchedulersRunAtOnce() throws Exception {
        Customer customer = shop.registeredCustomer();
        String key = "TEST-RACE:" + customer.getId();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<MailOutcome>> outcomes = new ArrayList<Future<MailOutcome>>();
            for (int i = 0; i < 2; i++) {
                outcomes.add(threads.submit(new Callable<MailOutcome>() {
                    @Override
                    public MailOutcome call() throws Exception {
                        start.await();
                        return mails.send(mail(customer, key));
                    }
                }));
            }
            start.countDown();
            List<MailOutcome> results = new ArrayList<MailOutcome>();
            for (Future<MailOutcome> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).containsExactlyInAnyOrder(MailOutcome.SENT, MailOutcome.ALREADY_SENT);
        } finally {
            threads.shutdownNow();
        }
        assertThat(Mails.to(smtp, customer.getEmailAddress(), SUBJECT)).hasSize(1);
    }

    @Test
    void shouldHonourAnUnsubscribedCategoryOnly() {
        Customer customer = shop.registeredCustomer();
        mails.unsubscribe(customer.getId(), MailCategory.WELCOME);

        assertThat(mails.send(mail(customer, "TEST-UNSUB:" + customer.getId()))).isEqualTo(MailOutcome.UNSUBSCRIBED);
        assertThat(mails.send(new OutgoingMail(customer, MailCategory.CAMPAIGN, "TEST-OTHER:" + customer.getId(),
                welcome).with("balance", 0L))).isEqualTo(MailOutcome.SENT);
        assertThat(Mails.to(smtp, customer.getEmailAddress())).hasSize(1);

        mails.resubscribe(customer.getId(), MailCategory.WELCOME);
        assertThat(mails.send(mail(customer, "TEST-UNSUB:" + customer.getId()))).isEqualTo(MailOutcome.SENT);
    }

    @Test
    void shouldStopAtTheFrequencyCap() {
        service().setCap(new FrequencyCap(2, 7));
        Customer customer = shop.registeredCustomer();

        assertThat(mails.send(mail(customer, "TEST-CAP1:" + customer.getId()))).isEqualTo(MailOutcome.SENT);
        assertThat(mails.send(mail(customer, "TEST-CAP2:" + customer.getId()))).isEqualTo(MailOutcome.SENT);
        assertThat(mails.send(mail(customer, "TEST-CAP3:" + customer.getId()))).isEqualTo(MailOutcome.CAPPED);

        assertThat(Mails.to(smtp, customer.getEmailAddress())).hasSize(2);
        assertThat(mails.wasSent("TEST-CAP3:" + customer.getId())).isFalse();
    }

    @Test
    void shouldFreeTheTriggerWhenTheMailServerIsDown() {
        Customer customer = shop.registeredCustomer();
        String key = "TEST-DOWN:" + customer.getId();
        TestSmtp.pointMailSenderAt(TestSmtp.freePort());

        assertThat(mails.send(mail(customer, key))).isEqualTo(MailOutcome.FAILED);
        assertThat(mails.wasSent(key)).isFalse();

        TestSmtp.pointMailSenderAt(smtp.getSmtp().getPort());
        assertThat(mails.send(mail(customer, key))).isEqualTo(MailOutcome.SENT);
        assertThat(mails.engagementOf(customer.getId()).getMailsSent()).isEqualTo(1);
    }

    @Test
    void shouldRecordOpensAndClicksAndRefuseAForgedTarget() throws Exception {
        Customer customer = shop.registeredCustomer();
        mails.send(mail(customer, "TEST-TRACK:" + customer.getId()));
        Document html = Jsoup.parse(Mails.html(Mails.to(smtp, customer.getEmailAddress()).get(0)));
        Map<String, String> pixel = query(html.select("img.open-pixel").attr("src"));
        Map<String, String> click = query(html.select("a.account-link").attr("href"));

        assertThat(links.open(pixel.get("m"), pixel.get("s")).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<byte[]> redirect = links.click(click.get("m"), click.get("u"), click.get("s"));
        assertThat(redirect.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(redirect.getHeaders().getLocation().toString()).isEqualTo("http://localhost:8080/loyalty");

        ResponseEntity<byte[]> forged = links.click(click.get("m"), "https://evil.example/", click.get("s"));
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(new String(forged.getBody(), StandardCharsets.UTF_8)).contains("This link is not valid");
        assertThat(links.open(pixel.get("m"), "forged").getStatusCode()).isEqualTo(HttpStatus.OK);

        CustomerEngagement engagement = mails.engagementOf(customer.getId());
        assertThat(engagement.getOpens()).isEqualTo(1);
        assertThat(engagement.getClicks()).isEqualTo(1);
        EngagementMail sent = mails.mailsOf(customer.getId(), 10).get(0);
        assertThat(sent.getOpenedAt()).isNotNull();
        assertThat(sent.getClickedAt()).isNotNull();
    }

    @Test
    void shouldUnsubscribeFromTheLinkInTheMail() {
        Customer customer = shop.registeredCustomer();
        mails.send(mail(customer, "TEST-LINK:" + customer.getId()));
        Document html = Jsoup.parse(Mails.html(Mails.to(smtp, customer.getEmailAddress()).get(0)));
        Map<String, String> unsubscribe = query(html.select("a.unsubscribe").attr("href"));

        assertThat(links.unsubscribe(unsubscribe.get("m"), unsubscribe.get("s") + "x").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(mails.unsubscriptions(customer.getId()).contains(MailCategory.WELCOME)).isFalse();
        // What the confirmation page (the link's GET) asks: it names the category and changes nothing.
        assertThat(mails.categoryOfUnsubscribeLink(Long.valueOf(unsubscribe.get("m")), unsubscribe.get("s")))
                .isEqualTo(MailCategory.WELCOME);
        assertThat(mails.unsubscriptions(customer.getId()).contains(MailCategory.WELCOME)).isFalse();

        ResponseEntity<byte[]> page = links.unsubscribe(unsubscribe.get("m"), unsubscribe.get("s"));
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new String(page.getBody(), StandardCharsets.UTF_8)).contains("welcome to the programme");
        assertThat(mails.unsubscriptions(customer.getId()).contains(MailCategory.WELCOME)).isTrue();
        assertThat(mails.send(mail(customer, "TEST-LINK2:" + customer.getId()))).isEqualTo(MailOutcome.UNSUBSCRIBED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldExportAndEraseTheCustomersEngagement() {
        Customer customer = shop.registeredCustomer();
        mails.send(mail(customer, "TEST-PRIVACY:" + customer.getId()));
        mails.unsubscribe(customer.getId(), MailCategory.DIGEST);
        PersonalData part = LoyaltyTestContext.bean("blLoyaltyEngagementPersonalData", PersonalData.class);

        Map<String, Object> exported = (Map<String, Object>) part.export(customer.getId());
        assertThat(exported.get("unsubscribed")).isEqualTo("DIGEST");
        assertThat((List<Object>) exported.get("mails")).hasSize(1);

        long erased = new TransactionTemplate(LoyaltyTestContext.bean("blTransactionManager",
                PlatformTransactionManager.class)).execute(status -> part.erase(customer.getId()));
        assertThat(erased).isEqualTo(2);
        assertThat(mails.engagementOf(customer.getId())).isNull();
        assertThat(mails.mailsOf(customer.getId(), 10)).isEmpty();
    }

    private OutgoingMail mail(Customer customer, String key) {
        return new OutgoingMail(customer, MailCategory.WELCOME, key, welcome).with("balance", 120L);
    }

    /** The link's query parameters, decoded as the servlet container decodes them. */
    private static Map<String, String> query(String url) {
        Map<String, String> parameters = new HashMap<String, String>();
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            int equals = pair.indexOf('=');
            try {
                parameters.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), "UTF-8"));
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return parameters;
    }

    private static EngagementMailServiceImpl service() {
        return LoyaltyTestContext.target("blLoyaltyEngagementMailService", EngagementMailServiceImpl.class);
    }
}
