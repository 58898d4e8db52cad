package com.broadleafloyalty.nodes;

import com.broadleafloyalty.campaign.core.CampaignDraft;
import com.broadleafloyalty.campaign.domain.Campaign;
import com.broadleafloyalty.campaign.service.CampaignService;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.PointsAdjustmentService;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.redemption.service.RedemptionService;
import com.broadleafloyalty.segment.service.CustomerSegmentService;
import com.broadleafloyalty.segment.service.CustomerSegmentView;
import com.broadleafloyalty.support.config.LoyaltySwitch;
import com.broadleafloyalty.support.persistence.LedgerTransactions;
import com.broadleafloyalty.test.LedgerChecks;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.Mails;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.test.TestSmtp;
import com.broadleafloyalty.test.postgres.TestDatabase;
import com.broadleafloyalty.tier.TestTiers;
import com.broadleafloyalty.tier.domain.TierChange;
import com.broadleafloyalty.tier.service.LoyaltyTierService;
import com.broadleafloyalty.webhook.domain.WebhookSubscription;
import com.broadleafloyalty.webhook.service.WebhookService;
import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpServer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import javax.mail.internet.MimeMessage;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two shop nodes on one PostgreSQL database: this JVM (node A) and a second JVM started here ({@link SecondNode},
 * node B), each a real Broadleaf context with the module, driven at the same moment. Whatever must hold across nodes
 * holds in the database: no over-spend, no double award, each batch expired once, one reminder email per customer,
 * each webhook event delivered once, and every account's balance equal to the sum of its ledger.
 */
@Tag("postgresql")
class TwoNodesIntegrationTest {

    private static final Log LOG = LogFactory.getLog(TwoNodesIntegrationTest.class);
    private static final long DAY = 86_400_000L;

    private static final ShopFixture SHOP = new ShopFixture();
    private static Process nodeB;
    private static Writer toNodeB;
    private static final BlockingQueue<String> FROM_NODE_B = new LinkedBlockingQueue<String>();
    private static GreenMail smtp;

    @BeforeAll
    static void startSecondNode() throws Exception {
        Assumptions.assumeTrue(TestDatabase.selected() == TestDatabase.Kind.POSTGRESQL,
                "Two nodes need one shared PostgreSQL database: " + TestDatabase.describe());
        smtp = TestSmtp.start();
        NodeWork.databaseLocksOnly();
        // Node B joins the database node A created: it must not create (and drop) the schema again.
        Path overrides = Files.createTempFile("loyalty-node-b", ".properties");
        Files.write(overrides, Arrays.asList("blPU.hibernate.hbm2ddl.auto=none", "blSecurePU.hibernate.hbm2ddl.auto=none",
                "blCMSStorage.hibernate.hbm2ddl.auto=none"), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<String>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (argument.startsWith("--add-opens") || argument.startsWith("--add-exports") || argument.startsWith("-Xmx")) {
                command.add(argument);
            }
        }
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("loyalty.") || name.startsWith("hibernate.") || name.equals("runtime.environment")) {
                command.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        command.add("-Dproperty-override=" + overrides);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(SecondNode.class.getName());
        command.add(String.valueOf(smtp.getSmtp().getPort()));
        nodeB = new ProcessBuilder(command).redirectErrorStream(true).start();
        toNodeB = new OutputStreamWriter(nodeB.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(nodeB.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith(SecondNode.PREFIX)) {
                        FROM_NODE_B.add(line.substring(SecondNode.PREFIX.length()));
                    } else if (line.contains("ERROR") || line.contains("Exception")) {
                        LOG.warn("node B: " + line);
                    }
                }
            } catch (java.io.IOException e) {
                LOG.debug("node B's output closed: " + e);
            }
        }, "node-b-output");
        reader.setDaemon(true);
        reader.start();
        assertThat(answer("READY")).as("node B started").isEqualTo("READY");
    }

    @AfterAll
    static void stopSecondNode() throws Exception {
        if (nodeB != null) {
            tell("QUIT");
            if (!nodeB.waitFor(60, TimeUnit.SECONDS)) {
                nodeB.destroyForcibly();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        LoyaltyTestContext.bean("blLoyaltyLedgerTransactions", LedgerTransactions.class).setLocalLocking(true);
    }

    @Test
    void shouldNeverOverspendAnAccountRedeemedFromBothNodesAtOnce() throws Exception {
        Customer customer = OpenEntityManager.call(SHOP::registeredCustomer);
        OpenEntityManager.call(() -> {
            SHOP.grantPoints(customer, 1000);
            return null;
        });
        long sources = System.nanoTime();

        tell("REDEEM " + customer.getId() + " " + (sources + 10_000_000L));
        int redeemedOnA = NodeWork.redeem(customer.getId(), sources);
        int redeemedOnB = Integer.parseInt(answer("REDEEMED ").replace("REDEEMED ", ""));

        LOG.info("Two nodes, " + 2 * NodeWork.THREADS + " threads, " + 2 * NodeWork.THREADS * NodeWork.ATTEMPTS
                + " attempts on one account of 1000 points: " + redeemedOnA + " redeemed on node A, " + redeemedOnB
                + " on node B");
        long expected = 1000 / NodeWork.POINTS_PER_REDEMPTION;
        assertThat(redeemedOnA + redeemedOnB).isEqualTo(expected);
        assertThat(redeemedOnA).isPositive();
        assertThat(redeemedOnB).isPositive();
        assertThat(points().getBalance(customer.getId())).isEqualTo(1000 - expected * NodeWork.POINTS_PER_REDEMPTION);
        assertThat(points().getLedger(customer.getId())).filteredOn(e -> e.getEntryType() == PointsEntryType.REDEEM)
                .hasSize((int) expected);
        assertThat(LedgerChecks.mismatchesOf(customer.getId())).isEmpty();
    }

    @Test
    void shouldAwardAnOrderCompletedOnBothNodesOnce() throws Exception {
        Customer customer = OpenEntityManager.call(SHOP::registeredCustomer);
        LoyaltySwitch loyalty = LoyaltyTestContext.bean("blLoyaltySwitch", LoyaltySwitch.class);
        Order order;
        loyalty.setEnabled(false);
        try {
            order = OpenEntityManager.call(() -> SHOP.paidCheckout(customer, "250.00", 1));
        } finally {
            loyalty.setEnabled(true);
        }
        assertThat(points().getLedger(customer.getId())).isEmpty();

        tell("AWARD " + order.getId());
        NodeWork.award(order.getId());
        assertThat(answer("AWARDED")).isEqualTo("AWARDED");

        List<PointsLedgerEntry> earned = points().getLedger(customer.getId()).stream()
                .filter(e -> e.getEntryType() == PointsEntryType.EARN).collect(Collectors.toList());
        assertThat(earned).hasSize(1);
        assertThat(earned.get(0).getOrderId()).isEqualTo(order.getId());
        assertThat(points().getBalance(customer.getId())).isEqualTo(earned.get(0).getPoints()).isPositive();
        assertThat(LedgerChecks.mismatchesOf(customer.getId())).isEmpty();
    }

    @Test
    void shouldAwardEveryOrderOnceWhenOneCustomerChecksOutOnBothNodesAtOnce() throws Exception {
        Customer customer = OpenEntityManager.call(SHOP::registeredCustomer);

        tell("CHECKOUT " + customer.getId() + " 4");
        NodeWork.checkout(customer.getId(), 4);
        assertThat(answer("CHECKED OUT")).isEqualTo("CHECKED OUT");

        List<PointsLedgerEntry> earned = points().getLedger(customer.getId()).stream()
                .filter(e -> e.getEntryType() == PointsEntryType.EARN).collect(Collectors.toList());
        LOG.info("One customer checking out on both nodes at once: " + earned.size() + " orders earned "
                + earned.stream().mapToLong(PointsLedgerEntry::getPoints).sum() + " points");
        assertThat(earned).hasSize(8);
        assertThat(earned.stream().map(PointsLedgerEntry::getOrderId).distinct().count()).isEqualTo(8);
        assertThat(points().getBalance(customer.getId()))
                .isEqualTo(earned.stream().mapToLong(PointsLedgerEntry::getPoints).sum()).isPositive();
        long counted = new org.springframework.transaction.support.TransactionTemplate(LoyaltyTestContext.bean(
                "blTransactionManager", org.springframework.transaction.PlatformTransactionManager.class))
                .execute(status -> LoyaltyTestContext.bean("blLoyaltyAccountDao",
                        com.broadleafloyalty.ledger.dao.LoyaltyAccountDao.class).readAccount(customer.getId())
                        .getOrderCount());
        assertThat(counted).as("orders counted in the account's tally").isEqualTo(8);
        assertThat(LedgerChecks.mismatchesOf(customer.getId())).isEmpty();
    }

    @Test
    void shouldExpireEachBatchAndRemindEachCustomerOnceWhenBothNodesRunTheJobs() throws Exception {
        PointsLedger ledger = LoyaltyTestContext.bean("blLoyaltyPointsLedger", PointsLedger.class);
        long now = System.currentTimeMillis();
        List<Customer> customers = new ArrayList<Customer>();
        for (int i = 0; i < 10; i++) {
            Customer customer = OpenEntityManager.call(SHOP::registeredCustomer);
            ledger.credit(batch(customer, 30, now - 400 * DAY, now - DAY));
            ledger.credit(batch(customer, 100, now - 30 * DAY, now + 5 * DAY));
            customers.add(customer);
        }

        tell("EXPIRE");
        int expiredOnA = NodeWork.expire();
        int expiredOnB = Integer.parseInt(answer("EXPIRED ").replace("EXPIRED ", ""));
        int remindedOnA = 0;
        int remindedOnB = 0;
        // Two runs of the job, as on two nodes' schedules: a send that failed in the first (on a fresh database both
        // nodes may create Broadleaf's id row for email tracking at once, and one fails) is retried by the next.
        for (int run = 0; run < 2; run++) {
            tell("REMIND");
            remindedOnA += NodeWork.remind();
            remindedOnB += Integer.parseInt(answer("REMINDED ").replace("REMINDED ", ""));
        }

        LOG.info("Expiry on both nodes at once: " + expiredOnA + " + " + expiredOnB + " batches expired; reminders: "
                + remindedOnA + " + " + remindedOnB);
        // At least ours (other tests of this JVM may have left due batches), and never one batch on both nodes.
        assertThat(expiredOnA + expiredOnB).isGreaterThanOrEqualTo(customers.size());
        Set<String> ours = new HashSet<String>();
        for (Customer customer : customers) {
            assertThat(points().getLedger(customer.getId())).filteredOn(e -> e.getEntryType() == PointsEntryType.EXPIRE)
                    .extracting(PointsLedgerEntry::getPoints).containsExactly(-30L);
            assertThat(points().getBalance(customer.getId())).isEqualTo(100);
            assertThat(LedgerChecks.mismatchesOf(customer.getId())).isEmpty();
            ours.add(customer.getEmailAddress());
        }
        smtp.waitForIncomingEmail(10_000, customers.size());
        Map<String, Long> mailsPerCustomer = new ConcurrentHashMap<String, Long>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            String to = mail.getAllRecipients()[0].toString();
            if (ours.contains(to)) {
                mailsPerCustomer.merge(to, 1L, Long::sum);
            }
        }
        assertThat(remindedOnA + remindedOnB).isEqualTo(customers.size());
        assertThat(mailsPerCustomer).hasSize(customers.size());
        assertThat(new HashSet<Long>(mailsPerCustomer.values())).containsExactly(1L);
    }

    @Test
    void shouldRunTheSegmentsTierAndReleaseJobsOnBothNodesAtOnceDoingEachThingOnce() throws Exception {
        // Segments, after one customer's orders completed on both nodes at once (the newest may be counted first).
        Customer busy = OpenEntityManager.call(SHOP::registeredCustomer);
        tell("CHECKOUT " + busy.getId() + " 3");
        NodeWork.checkout(busy.getId(), 3);
        assertThat(answer("CHECKED OUT")).isEqualTo("CHECKED OUT");
        tell("SEGMENTS");
        String segmentsOnA = NodeWork.segments();
        String segmentsOnB = answer("SEGMENTS ").replace("SEGMENTS ", "");
        CustomerSegmentView busyView = LoyaltyTestContext.bean("blLoyaltyCustomerSegmentService",
                CustomerSegmentService.class).viewOf(busy.getId());
        assertThat(Arrays.asList(segmentsOnA, segmentsOnB)).as("one full run at least").anyMatch(r -> r.startsWith("scored"));
        assertThat(busyView.isScored()).isTrue();
        assertThat(busyView.getOrderCount()).isEqualTo(6);
        assertThat(busyView.getFirstOrderDate()).isBeforeOrEqualTo(busyView.getLastOrderDate());

        // Tiers: customers who qualify for Silver once the tiers exist, evaluated by both nodes' nightly job.
        LoyaltyTierService tiers = LoyaltyTestContext.bean("blLoyaltyTierService", LoyaltyTierService.class);
        List<Customer> members = new ArrayList<Customer>();
        int tiersOnA;
        int tiersOnB;
        TestTiers.removeAll();
        try {
            for (int i = 0; i < 6; i++) {
                Customer member = OpenEntityManager.call(SHOP::registeredCustomer);
                OpenEntityManager.call(() -> SHOP.paidCheckout(member, "500.00", 1));
                members.add(member);
            }
            TestTiers.define("Bronze", 0, "0", "1", "Member prices");
            TestTiers.define("Silver", 50, "400.00", "1.5", "Free shipping");
            TestTiers.define("Gold", 500, "4000.00", "2", "Personal shopper");
            tell("TIERS");
            tiersOnA = NodeWork.tiers();
            tiersOnB = Integer.parseInt(answer("TIERS ").replace("TIERS ", ""));
            for (Customer member : members) {
                assertThat(tiers.currentTierName(member.getId())).isEqualTo("Silver");
                assertThat(tiers.history(member.getId())).extracting(TierChange::getToTier).containsExactly("Silver");
            }
        } finally {
            TestTiers.removeAll();
        }

        // Release: reservations of points in carts left for a day, released by both nodes' job at once.
        RedemptionService redemption = LoyaltyTestContext.bean("blLoyaltyRedemptionService", RedemptionService.class);
        List<Customer> shoppers = new ArrayList<Customer>();
        List<Long> carts = new ArrayList<Long>();
        for (int i = 0; i < 5; i++) {
            Customer shopper = OpenEntityManager.call(SHOP::registeredCustomer);
            SHOP.grantPoints(shopper, 100);
            carts.add(OpenEntityManager.call(() -> redemption.applyPoints(
                    SHOP.cart(shopper, 1, SHOP.productPriced("60.00")), "50").getId()));
            shoppers.add(shopper);
        }
        try (Connection connection = LoyaltyTestContext.bean("blLoyaltyTestDataSource", DataSource.class).getConnection();
             PreparedStatement age = connection.prepareStatement(
                     "UPDATE LOY_CART_REDEMPTION SET UPDATED_DATE = ? WHERE ORDER_ID = ?")) {
            for (Long cart : carts) {
                age.setTimestamp(1, new Timestamp(System.currentTimeMillis() - DAY));
                age.setLong(2, cart);
                assertThat(age.executeUpdate()).isEqualTo(1);
            }
        }
        tell("RELEASE");
        int releasedOnA = NodeWork.release();
        int releasedOnB = Integer.parseInt(answer("RELEASED ").replace("RELEASED ", ""));

        LOG.info("Nightly jobs on both nodes at once: segments " + segmentsOnA + " / " + segmentsOnB + "; tiers "
                + tiersOnA + " + " + tiersOnB + " customers evaluated; reservations released " + releasedOnA + " + "
                + releasedOnB);
        // At least ours (other tests of this JVM may have left old reservations), each released once.
        assertThat(releasedOnA + releasedOnB).isGreaterThanOrEqualTo(carts.size());
        for (int i = 0; i < carts.size(); i++) {
            assertThat(redemption.pointsRedemptionFor(carts.get(i))).isNull();
            assertThat(points().getBalance(shoppers.get(i).getId())).isEqualTo(100);
        }
        List<Long> everyone = new ArrayList<Long>();
        everyone.add(busy.getId());
        members.forEach(member -> everyone.add(member.getId()));
        shoppers.forEach(shopper -> everyone.add(shopper.getId()));
        assertThat(LedgerChecks.mismatchesOf(everyone.toArray(new Long[0]))).isEmpty();
    }

    @Test
    void shouldSendEachCampaignMailOnceWhenBothNodesRunTheCampaignJobAtOnce() throws Exception {
        // An audience of its own: customers whose last order is on a day no other test uses.
        LocalDate day = LocalDate.of(1999, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        JdbcTemplate jdbc = new JdbcTemplate(LoyaltyTestContext.bean("blLoyaltyTestDataSource", DataSource.class));
        List<Customer> audience = new ArrayList<Customer>();
        for (int i = 0; i < 12; i++) {
            Customer customer = OpenEntityManager.call(SHOP::registeredCustomer);
            Order order = OpenEntityManager.call(() -> SHOP.paidCheckout(customer, "20.00", 1));
            jdbc.update("UPDATE BLC_ORDER SET SUBMIT_DATE = ? WHERE ORDER_ID = ?",
                    Timestamp.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()), order.getId());
            audience.add(customer);
        }
        CampaignService campaigns = LoyaltyTestContext.bean("blLoyaltyCampaignService", CampaignService.class);
        String subject = "Two nodes " + day;
        Campaign campaign = campaigns.save(null, new CampaignDraft().name(subject)
                .lastOrderAfter(day.minusDays(1).toString()).lastOrderBefore(day.plusDays(1).toString())
                .text("en", subject, "Hello {firstName}"), "admin");
        jdbc.update("UPDATE LOY_CAMPAIGN SET STATUS = 'SCHEDULED', SCHEDULED_AT = ? WHERE CAMPAIGN_ID = ?",
                new Timestamp(System.currentTimeMillis() - 1000), campaign.getId());

        int sentOnA = 0;
        int sentOnB = 0;
        for (int run = 0; run < 2; run++) { // two runs each, as the every-minute schedule would
            tell("CAMPAIGNS");
            sentOnA += NodeWork.campaigns();
            sentOnB += Integer.parseInt(answer("CAMPAIGNS ").replace("CAMPAIGNS ", ""));
        }

        LOG.info("Campaign job on both nodes at once: " + sentOnA + " + " + sentOnB + " runs' mails for "
                + audience.size() + " recipients");
        smtp.waitForIncomingEmail(10_000, audience.size());
        for (Customer customer : audience) {
            assertThat(Mails.to(smtp, customer.getEmailAddress(), subject)).as(customer.getEmailAddress()).hasSize(1);
        }
        assertThat(campaigns.progress(campaign.getId()).getSent()).isEqualTo(audience.size());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LOY_CAMPAIGN_RECIPIENT WHERE CAMPAIGN_ID = ?",
                Long.class, campaign.getId())).isEqualTo((long) audience.size());
    }

    @Test
    void shouldDeliverEachWebhookEventOnceWhenBothNodesDeliverAtOnce() throws Exception {
        Map<String, AtomicInteger> received = new ConcurrentHashMap<String, AtomicInteger>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.computeIfAbsent(exchange.getRequestHeaders().getFirst("X-Loyalty-Event-Id"),
                    id -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        receiver.start();
        WebhookService webhooks = LoyaltyTestContext.bean("blLoyaltyWebhookService", WebhookService.class);
        WebhookSubscription subscription = webhooks.subscribe("http://127.0.0.1:" + receiver.getAddress().getPort()
                + "/hook", "points.adjusted", "two-nodes-secret-0123456789");
        try {
            Customer customer = OpenEntityManager.call(SHOP::registeredCustomer);
            PointsAdjustmentService adjustments = LoyaltyTestContext.bean("blLoyaltyPointsAdjustmentService",
                    PointsAdjustmentService.class);
            for (int i = 1; i <= 20; i++) {
                adjustments.adjust(customer.getId(), String.valueOf(i), "Two-node webhook " + i, "admin");
            }

            tell("DELIVER");
            int deliveredOnA = NodeWork.deliver();
            int deliveredOnB = Integer.parseInt(answer("DELIVERED ").replace("DELIVERED ", ""));

            LOG.info("Webhook delivery on both nodes at once: " + deliveredOnA + " + " + deliveredOnB);
            assertThat(deliveredOnA + deliveredOnB).isEqualTo(20);
            assertThat(received).hasSize(20);
            assertThat(received.values()).allMatch(count -> count.get() == 1);
            assertThat(webhooks.messagesOf(subscription.getId())).extracting(m -> m.getStatus())
                    .containsOnly("DELIVERED").hasSize(20);
        } finally {
            webhooks.unsubscribe(subscription.getId());
            receiver.stop(0);
        }
    }

    private static Posting batch(Customer customer, long amount, long availableFrom, long expiresAt) {
        return Posting.of(customer.getId(), PointsEntryType.BONUS, amount, PointsLedgerEntry.SOURCE_ADMIN,
                System.nanoTime()).reason("Two-node batch").availability(new Date(availableFrom), new Date(expiresAt));
    }

    private static LoyaltyPointsService points() {
        return LoyaltyTestContext.bean("blLoyaltyPointsService", LoyaltyPointsService.class);
    }

    private static void tell(String command) throws java.io.IOException {
        toNodeB.write(command + "\n");
        toNodeB.flush();
    }

    /**
     * Node B's answer starting with {@code expected}; an answer left from a test that failed before reading it is
     * skipped. Node B's start on a busy machine can take minutes.
     */
    private static String answer(String expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(15);
        while (System.currentTimeMillis() < deadline) {
            String answer = FROM_NODE_B.poll(deadline - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
            if (answer != null && answer.startsWith(expected)) {
                return answer;
            }
            LOG.warn("Node B answered \"" + answer + "\" where \"" + expected + "...\" was expected");
        }
        throw new AssertionError("No answer \"" + expected + "...\" from node B (alive: " + nodeB.isAlive() + ")");
    }
}
