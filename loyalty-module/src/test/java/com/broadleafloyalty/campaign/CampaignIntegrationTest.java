package com.broadleafloyalty.campaign;

import com.broadleafloyalty.account.service.CustomerAccountService;
import com.broadleafloyalty.campaign.core.CampaignDraft;
import com.broadleafloyalty.campaign.core.CampaignRefusedException;
import com.broadleafloyalty.campaign.core.CampaignStatus;
import com.broadleafloyalty.campaign.core.RecipientStatus;
import com.broadleafloyalty.campaign.domain.Campaign;
import com.broadleafloyalty.campaign.domain.CampaignRecipient;
import com.broadleafloyalty.campaign.service.CampaignPreview;
import com.broadleafloyalty.campaign.service.CampaignProgress;
import com.broadleafloyalty.campaign.service.CampaignResults;
import com.broadleafloyalty.campaign.service.CampaignSendJob;
import com.broadleafloyalty.campaign.service.CampaignSender;
import com.broadleafloyalty.campaign.service.CampaignService;
import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.service.EngagementMailService;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.segment.core.LifecyclePhase;
import com.broadleafloyalty.segment.service.CustomerSegmentService;
import com.broadleafloyalty.segment.service.CustomerSegmentView;
import com.broadleafloyalty.test.AtOnce;
import com.broadleafloyalty.test.HeldTasks;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.Mails;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.test.TestSmtp;
import com.broadleafloyalty.tier.TestTiers;
import com.icegreen.greenmail.util.GreenMail;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URLDecoder;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import javax.mail.internet.MimeMessage;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Campaigns on the real context with a real SMTP server. Each test's audience is "last order on one day of the past
 * nobody else uses" (its customers' orders are moved to that day, and back after the test), so it holds only the
 * test's own customers.
 */
class CampaignIntegrationTest {

    private static final long MINUTE = 60_000L;

    private final ShopFixture shop = new ShopFixture();
    private final CampaignService campaigns = LoyaltyTestContext.bean("blLoyaltyCampaignService",
            CampaignService.class);
    private final CampaignSendJob job = LoyaltyTestContext.bean("blLoyaltyCampaignSendJob", CampaignSendJob.class);
    private final EngagementMailService mails =
            LoyaltyTestContext.bean("blLoyaltyEngagementMailService", EngagementMailService.class);
    private final CustomerAccountService accounts =
            LoyaltyTestContext.bean("blLoyaltyCustomerAccountService", CustomerAccountService.class);
    private final LoyaltyPointsService points =
            LoyaltyTestContext.bean("blLoyaltyPointsService", LoyaltyPointsService.class);
    private final JdbcTemplate jdbc =
            new JdbcTemplate(LoyaltyTestContext.bean("blLoyaltyTestDataSource", DataSource.class));
    private final LocalDate day = LocalDate.now().minusDays(400 + ThreadLocalRandom.current().nextInt(20_000));
    private final Map<Long, Timestamp> movedOrders = new HashMap<Long, Timestamp>();
    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = TestSmtp.start();
    }

    /**
     * Sends the checkouts' feedback requests (held off the checkout's thread) to this test's SMTP server, not the next
     * class's, and puts the moved orders back on their own dates: other classes' segment runs read every order.
     */
    @AfterEach
    void stopSmtp() {
        HeldTasks.feedbackMails().runAll();
        for (Map.Entry<Long, Timestamp> moved : movedOrders.entrySet()) {
            jdbc.update("UPDATE BLC_ORDER SET SUBMIT_DATE = ? WHERE ORDER_ID = ?", moved.getValue(), moved.getKey());
        }
        SystemTime.reset();
        smtp.stop();
    }

    @Test
    void shouldReachExactlyItsAudienceAndNotTheUnsubscribed() throws Exception {
        Customer subscribed = customerWhoOrderedOnTheDay(true);
        Customer notSubscribed = customerWhoOrderedOnTheDay(false);
        Customer unsubscribed = customerWhoOrderedOnTheDay(true);
        Customer orderedLater = OpenEntityManager.call(shop::registeredCustomer);
        OpenEntityManager.call(() -> shop.paidCheckout(orderedLater, "10.00", 1));
        subscribe(orderedLater);
        mails.unsubscribe(unsubscribed.getId(), MailCategory.CAMPAIGN);

        CampaignDraft draft = onTheDay().newsletterOnly(true)
                .text("en", "Hello {firstName}", "Hello {firstName}, you have {balance} points.\n\n"
                        + "<b>Bold</b> & <script>alert(1)</script>\nsecond line");
        assertThat(campaigns.audienceOf(onTheDay().criteria()))
                .containsExactly(ids(subscribed, notSubscribed, unsubscribed));
        assertThat(campaigns.audienceOf(draft.criteria())).containsExactly(ids(subscribed, unsubscribed));
        assertThat(campaigns.audienceSize(draft.criteria())).isEqualTo(2);
        Campaign campaign = campaigns.save(null, draft, "admin");

        sendAll(campaign);

        assertThat(Mails.to(smtp, subscribed.getEmailAddress(), "Hello Test")).hasSize(1);
        assertThat(Mails.to(smtp, unsubscribed.getEmailAddress(), "Hello Test")).isEmpty();
        assertThat(Mails.to(smtp, notSubscribed.getEmailAddress(), "Hello Test")).isEmpty();
        assertThat(Mails.to(smtp, orderedLater.getEmailAddress(), "Hello Test")).isEmpty();
        MimeMessage mail = Mails.to(smtp, subscribed.getEmailAddress(), "Hello Test").get(0);
        Document html = Jsoup.parse(Mails.html(mail));
        assertThat(html.select("p.campaign-paragraph").eachText()).containsExactly(
                "Hello Test, you have " + points.getBalance(subscribed.getId()) + " points.",
                "<b>Bold</b> & <script>alert(1)</script> second line");
        assertThat(html.select("p.campaign-paragraph b, script")).isEmpty();
        assertThat(html.select("p.campaign-paragraph").get(1).select("br")).hasSize(1);
        assertThat(html.select("a.unsubscribe").attr("href")).contains("/loyalty/mail/unsubscribe?m=");

        CampaignProgress progress = campaigns.progress(campaign.getId());
        assertThat(progress.getSent()).isEqualTo(1);
        assertThat(progress.getOptedOut()).isEqualTo(1);
        assertThat(progress.getRemaining()).isZero();
        assertThat(campaigns.campaign(campaign.getId()).getStatus()).isEqualTo(CampaignStatus.SENT.name());
        assertThat(campaigns.campaign(campaign.getId()).getAudienceSize()).isEqualTo(2);
    }

    @Test
    void shouldCreditTheBonusOncePerCustomerEvenWhenSentTwice() throws Exception {
        Customer customer = customerWhoOrderedOnTheDay(false);
        long before = points.getBalance(customer.getId());
        Campaign campaign = campaigns.save(null, onTheDay().bonusPoints("25")
                .text("en", "A gift", "{balance} points now"), "admin");

        sendAll(campaign);
        jdbc.update("UPDATE LOY_CAMPAIGN_RECIPIENT SET STATUS = 'PENDING' WHERE CAMPAIGN_ID = ?", campaign.getId());
        jdbc.update("UPDATE LOY_CAMPAIGN SET STATUS = 'SENDING' WHERE CAMPAIGN_ID = ?", campaign.getId());
        sender().sendSome(campaign.getId(), 10);

        assertThat(Mails.to(smtp, customer.getEmailAddress(), "A gift")).hasSize(1);
        assertThat(points.getBalance(customer.getId())).isEqualTo(before + 25);
        assertThat(points.getLedger(customer.getId()).stream()
                .filter(entry -> entry.getSourceType().equals(CampaignSender.bonusSource(campaign.getId())))
                .map(PointsLedgerEntry::getPoints).collect(Collectors.toList())).containsExactly(25L);
        Document html = Jsoup.parse(Mails.html(Mails.to(smtp, customer.getEmailAddress(), "A gift").get(0)));
        assertThat(html.select("p.bonus").text()).isEqualTo("We added 25 bonus points to your account.");
    }

    @Test
    void shouldSendNobodyTwiceWhenResumedAfterACrash() throws Exception {
        List<Customer> customers = new ArrayList<Customer>();
        for (int i = 0; i < 5; i++) {
            customers.add(customerWhoOrderedOnTheDay(false));
        }
        Campaign campaign = campaigns.save(null, onTheDay().text("en", "Resumed", "Hi {firstName}"), "admin");
        scheduleNow(campaign);
        CrashingSender crashing = LoyaltyTestContext.get().getAutowireCapableBeanFactory()
                .createBean(CrashingSender.class);
        crashing.crashAfter = 2;
        assertThat(crashing.start(campaign.getId(), new java.util.Date())).isTrue();

        assertThatThrownBy(() -> crashing.sendSome(campaign.getId(), 10)).hasMessage("crash");
        assertThat(customers.stream().filter(c -> Mails.to(smtp, c.getEmailAddress(), "Resumed").size() == 1)).hasSize(2);
        CampaignProgress afterCrash = campaigns.progress(campaign.getId());
        assertThat(afterCrash.getSent()).isEqualTo(1);
        assertThat(afterCrash.getRemaining()).isEqualTo(4);

        // A fresh sender over the same database, as after a restart: the crashed claim is stale at once.
        CampaignSender restarted = LoyaltyTestContext.get().getAutowireCapableBeanFactory()
                .createBean(CampaignSender.class);
        restarted.setStaleClaimMillis(0);
        Thread.sleep(5);
        restarted.sendSome(campaign.getId(), 10);

        for (Customer customer : customers) {
            assertThat(Mails.to(smtp, customer.getEmailAddress(), "Resumed")).as(customer.getEmailAddress())
                    .hasSize(1);
        }
        CampaignProgress done = campaigns.progress(campaign.getId());
        assertThat(done.getSent()).isEqualTo(5);
        assertThat(done.getRemaining()).isZero();
        assertThat(campaigns.campaign(campaign.getId()).getStatus()).isEqualTo(CampaignStatus.SENT.name());
    }

    @Test
    void shouldSendEachMailOnceWhenTwoJobsRunAtOnce() throws Exception {
        List<Customer> customers = new ArrayList<Customer>();
        for (int i = 0; i < 6; i++) {
            customers.add(customerWhoOrderedOnTheDay(false));
        }
        Campaign campaign = campaigns.save(null, onTheDay().text("en", "Twice", "Once each"), "admin");
        scheduleNow(campaign);
        AtOnce.run(2, () -> job.run());

        for (Customer customer : customers) {
            assertThat(Mails.to(smtp, customer.getEmailAddress(), "Twice")).as(customer.getEmailAddress())
                    .hasSize(1);
        }
        assertThat(campaigns.progress(campaign.getId()).getSent()).isEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LOY_CAMPAIGN_RECIPIENT WHERE CAMPAIGN_ID = ?",
                Long.class, campaign.getId())).isEqualTo(6L);
    }

    @Test
    void shouldRetryMailsThatFailedWhileTheMailServerWasDownOnceTheBackOffHasPassed() throws Exception {
        List<Customer> customers = new ArrayList<Customer>();
        for (int i = 0; i < 3; i++) {
            customers.add(customerWhoOrderedOnTheDay(false));
        }
        Map<Long, Long> before = balances(customers);
        Campaign campaign = campaigns.save(null, onTheDay().bonusPoints("15").text("en", "Retried", "Hi"), "admin");

        TestSmtp.pointMailSenderAt(TestSmtp.freePort());
        long firstRun = System.currentTimeMillis();
        sendAll(campaign);

        CampaignProgress down = campaigns.progress(campaign.getId());
        assertThat(down.getWillRetry()).isEqualTo(3);
        assertThat(down.getSent()).isZero();
        assertThat(down.getFailed()).isZero();
        assertThat(down.getRemaining()).isZero();
        assertThat(campaigns.campaign(campaign.getId()).getStatus()).isEqualTo(CampaignStatus.SENDING.name());
        for (Map<String, Object> row : recipientRows(campaign)) {
            assertThat(row.get("STATUS")).isEqualTo(RecipientStatus.WILL_RETRY.name());
            assertThat(((Number) row.get("FAILED_ATTEMPTS")).intValue()).isEqualTo(1);
            assertThat(((Timestamp) row.get("RETRY_AT")).getTime()).isBetween(firstRun + 15 * MINUTE,
                    System.currentTimeMillis() + 15 * MINUTE);
        }
        assertThat(balances(customers)).isEqualTo(before);

        // The server is back, but the back-off has not passed: the job leaves them waiting.
        TestSmtp.pointMailSenderAt(smtp.getSmtp().getPort());
        sender().sendSome(campaign.getId(), 100);
        assertThat(campaigns.progress(campaign.getId()).getWillRetry()).isEqualTo(3);
        assertThat(mailsOf(customers, "Retried")).containsOnly(0);

        SystemTime.setGlobalTimeSource(new FixedTimeSource(System.currentTimeMillis() + 16 * MINUTE));
        sender().sendSome(campaign.getId(), 100);
        sender().sendSome(campaign.getId(), 100);

        assertThat(mailsOf(customers, "Retried")).containsOnly(1);
        CampaignProgress done = campaigns.progress(campaign.getId());
        assertThat(done.getSent()).isEqualTo(3);
        assertThat(done.getWillRetry()).isZero();
        assertThat(campaigns.campaign(campaign.getId()).getStatus()).isEqualTo(CampaignStatus.SENT.name());
        for (Customer customer : customers) {
            assertThat(points.getBalance(customer.getId())).isEqualTo(before.get(customer.getId()) + 15);
        }
    }

    @Test
    void shouldEndFailedForGoodAfterTheLastRetryAndFinishTheCampaign() throws Exception {
        Customer unlucky = customerWhoOrderedOnTheDay(false);
        long before = points.getBalance(unlucky.getId());
        Campaign campaign = campaigns.save(null, onTheDay().bonusPoints("15").text("en", "Never", "Hi"), "admin");
        TestSmtp.pointMailSenderAt(TestSmtp.freePort());
        int retries = sender().getRetry().getMaxRetries();

        sendAll(campaign);
        long now = System.currentTimeMillis();
        for (int retry = 1; retry <= retries; retry++) {
            assertThat(campaigns.campaign(campaign.getId()).getStatus()).isEqualTo(CampaignStatus.SENDING.name());
            assertThat(campaigns.progress(campaign.getId()).getWillRetry()).isEqualTo(1);
            now += 5 * 60 * MINUTE; // past the longest default back-off
            SystemTime.setGlobalTimeSource(new FixedTimeSource(now));
            sender().sendSome(campaign.getId(), 100);
        }

        CampaignProgress progress = campaigns.progress(campaign.getId());
        assertThat(progress.getFailed()).isEqualTo(1);
        assertThat(progress.getWillRetry()).isZero();
        assertThat(campaigns.campaign(campaign.getId()).getStatus()).isEqualTo(CampaignStatus.SENT.name());
        Map<String, Object> row = recipientRows(campaign).get(0);
        assertThat(((Number) row.get("FAILED_ATTEMPTS")).intValue()).isEqualTo(retries + 1);
        assertThat(row.get("RETRY_AT")).isNull();

        // Even with the server back and much later, a recipient FAILED for good is not tried again.
        TestSmtp.pointMailSenderAt(smtp.getSmtp().getPort());
        SystemTime.setGlobalTimeSource(new FixedTimeSource(now + 24 * 60 * MINUTE));
        jdbc.update("UPDATE LOY_CAMPAIGN SET STATUS = 'SENDING' WHERE CAMPAIGN_ID = ?", campaign.getId());
        sender().sendSome(campaign.getId(), 100);
        assertThat(Mails.to(smtp, unlucky.getEmailAddress(), "Never")).isEmpty();
        assertThat(points.getBalance(unlucky.getId())).isEqualTo(before);
        assertThat(campaigns.campaign(campaign.getId()).getStatus()).isEqualTo(CampaignStatus.SENT.name());
    }

    @Test
    void shouldRetryEachFailedMailOnceWhenTwoJobsRunAtOnce() throws Exception {
        List<Customer> customers = new ArrayList<Customer>();
        for (int i = 0; i < 6; i++) {
            customers.add(customerWhoOrderedOnTheDay(false));
        }
        Map<Long, Long> before = balances(customers);
        Campaign campaign = campaigns.save(null, onTheDay().bonusPoints("5").text("en", "Retried twice", "Once"),
                "admin");
        TestSmtp.pointMailSenderAt(TestSmtp.freePort());
        sendAll(campaign);
        assertThat(campaigns.progress(campaign.getId()).getWillRetry()).isEqualTo(6);

        TestSmtp.pointMailSenderAt(smtp.getSmtp().getPort());
        SystemTime.setGlobalTimeSource(new FixedTimeSource(System.currentTimeMillis() + 16 * MINUTE));
        AtOnce.run(2, () -> job.run());

        assertThat(mailsOf(customers, "Retried twice")).containsOnly(1);
        assertThat(campaigns.progress(campaign.getId()).getSent()).isEqualTo(6);
        assertThat(campaigns.campaign(campaign.getId()).getStatus()).isEqualTo(CampaignStatus.SENT.name());
        for (Customer customer : customers) {
            assertThat(points.getBalance(customer.getId())).isEqualTo(before.get(customer.getId()) + 5);
        }
    }

    @Test
    void shouldCountOpensClicksAndOrdersWithinTheWindow() throws Exception {
        Customer reader = customerWhoOrderedOnTheDay(false);
        Customer buyer = customerWhoOrderedOnTheDay(false);
        customerWhoOrderedOnTheDay(false);
        Campaign campaign = campaigns.save(null, onTheDay().text("en", "Results", "Come back"), "admin");
        sendAll(campaign);

        Map<String, String> pixel = query(Jsoup.parse(Mails.html(Mails.to(smtp, reader.getEmailAddress(), "Results").get(0)))
                .selectFirst("img.open-pixel").attr("src"));
        assertThat(mails.recordOpen(Long.valueOf(pixel.get("m")), pixel.get("s"))).isTrue();
        Map<String, String> click = query(Jsoup.parse(Mails.html(Mails.to(smtp, buyer.getEmailAddress(), "Results").get(0)))
                .selectFirst("a.shop-link").attr("href"));
        mails.recordClick(Long.valueOf(click.get("m")), click.get("u"), click.get("s"));
        Order order = OpenEntityManager.call(() -> shop.paidCheckout(buyer, "42.00", 2));

        CampaignResults results = campaigns.results(campaign.getId());
        assertThat(results.getSent()).isEqualTo(3);
        assertThat(results.getOpened()).isEqualTo(2);
        assertThat(results.getClicked()).isEqualTo(1);
        assertThat(results.getOrdered()).isEqualTo(1);
        assertThat(results.getRevenue()).isEqualByComparingTo(order.getTotal().getAmount());
    }

    @Test
    void shouldPreviewForARealCustomerAndRefuseAnUnknownOne() throws Exception {
        Customer customer = customerWhoOrderedOnTheDay(false);
        Customer outsider = OpenEntityManager.call(shop::registeredCustomer);
        Campaign campaign = campaigns.save(null, onTheDay().text("en", "For {firstName}", "{tier}|{pointsToNextTier}")
                .text("ro", "Pentru {firstName}", "Salut"), "admin");

        CampaignPreview preview = campaigns.preview(campaign.getId(), customer.getEmailAddress());
        assertThat(preview.getSubject()).isEqualTo("For Test");
        assertThat(preview.getLanguage()).isEqualTo("en");
        assertThat(preview.isInAudience()).isTrue();
        assertThat(Jsoup.parse(preview.getHtml()).select("p.campaign-paragraph").text()).contains("|");
        assertThat(Jsoup.parse(preview.getHtml()).select("a.unsubscribe")).isEmpty();
        assertThat(campaigns.preview(campaign.getId(), String.valueOf(outsider.getId())).isInAudience()).isFalse();
        assertThatThrownBy(() -> campaigns.preview(campaign.getId(), "nobody-" + System.nanoTime() + "@example.com"))
                .isInstanceOf(CampaignRefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "loyalty.campaign.customer.unknown");

        campaigns.sendTest(campaign.getId(), customer.getEmailAddress(), "tester@example.com", "admin");
        String tester = "tester@example.com";
        assertThat(Mails.to(smtp, tester)).hasSize(1);
        assertThat(Mails.to(smtp, tester).get(0).getSubject()).isEqualTo("For Test");
        assertThat(mails.countsOf("campaign:" + campaign.getId() + ":").getSent()).isZero();
        assertThat(Mails.to(smtp, customer.getEmailAddress(), "For Test")).isEmpty();
    }

    @Test
    void shouldRefuseChangesOnceSendingAndCancelOnlyAScheduledOne() throws Exception {
        customerWhoOrderedOnTheDay(false);
        CampaignDraft draft = onTheDay().text("en", "Hi", "Text");
        Campaign campaign = campaigns.save(null, draft, "admin");
        assertThatThrownBy(() -> campaigns.cancel(campaign.getId(), "admin"))
                .hasFieldOrPropertyWithValue("messageKey", "loyalty.campaign.cancel.notScheduled");
        assertThatThrownBy(() -> campaigns.schedule(campaign.getId(), new java.util.Date(0), "admin"))
                .hasFieldOrPropertyWithValue("messageKey", "loyalty.campaign.schedule.past");
        campaigns.schedule(campaign.getId(), new java.util.Date(System.currentTimeMillis() + 3_600_000L), "admin");
        assertThat(campaigns.cancel(campaign.getId(), "admin").getStatus()).isEqualTo("CANCELLED");

        Campaign other = campaigns.save(null, draft, "admin");
        sendAll(other);
        assertThatThrownBy(() -> campaigns.save(other.getId(), draft, "admin"))
                .hasFieldOrPropertyWithValue("messageKey", "loyalty.campaign.notEditable");
        assertThatThrownBy(() -> campaigns.save(null, draft.text("es", "Hola {nombre}", "x"), "admin"))
                .hasFieldOrPropertyWithValue("messageKey", "loyalty.campaign.placeholder.unknown");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LOY_AUDIT_ENTRY WHERE ENTITY_TYPE = 'Campaign'"
                + " AND ENTITY_ID = ?", Long.class, String.valueOf(campaign.getId()))).isEqualTo(3L);
    }

    @Test
    void shouldResolveTierSegmentAndPhaseThroughTheirDoors() throws Exception {
        TestTiers.removeAll();
        TestTiers.define("Bronze", 0, "0", "1", "Member prices");
        TestTiers.define("Silver", 50, "400.00", "1", "Silver offers");
        try {
            Customer silver = customerWhoOrderedOnTheDay(false, "500.00");
            Customer bronze = customerWhoOrderedOnTheDay(false, "20.00");
            assertThat(TestTiers.service().currentTierName(silver.getId())).isEqualTo("Silver");

            assertThat(campaigns.audienceOf(onTheDay().minTier("Silver").criteria())).containsExactly(ids(silver));
            assertThat(campaigns.audienceOf(onTheDay().minTier("silver").criteria())).containsExactly(ids(silver));
            assertThat(campaigns.audienceOf(onTheDay().criteria())).containsExactly(ids(silver, bronze));
            assertThat(TestTiers.service().customersAtLeast("Gold")).isEmpty();

            CustomerSegmentService segments =
                    LoyaltyTestContext.bean("blLoyaltyCustomerSegmentService", CustomerSegmentService.class);
            segments.recomputeAll();
            CustomerSegmentView view = segments.viewOf(silver.getId());
            assertThat(campaigns.audienceOf(onTheDay().phase(view.getLifecyclePhaseCode()).criteria()))
                    .contains(silver.getId());
            assertThat(campaigns.audienceOf(onTheDay().segment(view.getSegmentCode()).criteria()))
                    .contains(silver.getId());
            for (LifecyclePhase phase : LifecyclePhase.values()) {
                assertThat(segments.customersInPhase(phase.name()).contains(silver.getId()))
                        .as(phase.name()).isEqualTo(phase.name().equals(view.getLifecyclePhaseCode()));
            }
        } finally {
            TestTiers.removeAll();
        }
    }

    /** Starts the campaign now and sends to all its recipients on this thread (as the job does, without waiting). */
    private void sendAll(Campaign campaign) {
        scheduleNow(campaign);
        CampaignSender sender = sender();
        assertThat(sender.start(campaign.getId(), new java.util.Date())).isTrue();
        sender.sendSome(campaign.getId(), 1000);
    }

    private void scheduleNow(Campaign campaign) {
        jdbc.update("UPDATE LOY_CAMPAIGN SET STATUS = 'SCHEDULED', SCHEDULED_AT = ? WHERE CAMPAIGN_ID = ?",
                new Timestamp(System.currentTimeMillis() - 1000), campaign.getId());
    }

    private static CampaignSender sender() {
        return LoyaltyTestContext.target("blLoyaltyCampaignSender", CampaignSender.class);
    }

    private CampaignDraft onTheDay() {
        return new CampaignDraft().name("Test " + day).lastOrderAfter(day.minusDays(1).toString())
                .lastOrderBefore(day.plusDays(1).toString());
    }

    private Customer customerWhoOrderedOnTheDay(boolean newsletter) throws Exception {
        return customerWhoOrderedOnTheDay(newsletter, "20.00");
    }

    private Customer customerWhoOrderedOnTheDay(boolean newsletter, String price) throws Exception {
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        Order order = OpenEntityManager.call(() -> shop.paidCheckout(customer, price, 1));
        movedOrders.put(order.getId(), jdbc.queryForObject("SELECT SUBMIT_DATE FROM BLC_ORDER WHERE ORDER_ID = ?",
                Timestamp.class, order.getId()));
        jdbc.update("UPDATE BLC_ORDER SET SUBMIT_DATE = ? WHERE ORDER_ID = ?",
                Timestamp.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()), order.getId());
        if (newsletter) {
            subscribe(customer);
        }
        return customer;
    }

    private void subscribe(Customer customer) {
        OpenEntityManager.call(() -> {
            accounts.setNewsletter(customer, true);
            return null;
        });
    }

    private List<Map<String, Object>> recipientRows(Campaign campaign) {
        return jdbc.queryForList("SELECT STATUS, FAILED_ATTEMPTS, RETRY_AT FROM LOY_CAMPAIGN_RECIPIENT"
                + " WHERE CAMPAIGN_ID = ? ORDER BY RECIPIENT_ID", campaign.getId());
    }

    private Map<Long, Long> balances(List<Customer> customers) {
        Map<Long, Long> balances = new HashMap<Long, Long>();
        customers.forEach(customer -> balances.put(customer.getId(), points.getBalance(customer.getId())));
        return balances;
    }

    /** How many mails with that subject each customer got. */
    private List<Integer> mailsOf(List<Customer> customers, String subject) {
        return customers.stream().map(customer -> Mails.to(smtp, customer.getEmailAddress(), subject).size())
                .collect(Collectors.toList());
    }

    private static Long[] ids(Customer... customers) {
        return Arrays.stream(customers).map(Customer::getId).sorted().toArray(Long[]::new);
    }

    private static Map<String, String> query(String url) throws Exception {
        Map<String, String> parameters = new HashMap<String, String>();
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], URLDecoder.decode(parts[1], "UTF-8"));
        }
        return parameters;
    }

    /** A sender that stops, as a crash would, after its n-th mail went and before its status is recorded. */
    public static class CrashingSender extends CampaignSender {

        int crashAfter;
        private int mailed;

        @Override
        protected void mailed(Campaign campaign, CampaignRecipient recipient, RecipientStatus status) {
            if (++mailed == crashAfter) {
                throw new IllegalStateException("crash");
            }
        }
    }
}
