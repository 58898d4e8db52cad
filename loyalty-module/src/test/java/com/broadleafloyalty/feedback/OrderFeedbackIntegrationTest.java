package com.broadleafloyalty.feedback;

import com.broadleafloyalty.feedback.core.FeedbackRefusedException;
import com.broadleafloyalty.feedback.core.FeedbackScores;
import com.broadleafloyalty.feedback.domain.OrderFeedback;
import com.broadleafloyalty.feedback.service.OrderFeedbackService;
import com.broadleafloyalty.feedback.service.OrderFeedbackServiceImpl;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.test.HeldTasks;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.Messages;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.test.TestSmtp;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Post-purchase feedback on the real Broadleaf context: the request email after a real checkout reaches a real SMTP
 * server (GreenMail), answers are stored once per order, refusals store nothing, review points are credited once.
 */
class OrderFeedbackIntegrationTest {

    private final ShopFixture shop = new ShopFixture();
    private final OrderFeedbackService feedback =
            LoyaltyTestContext.bean("blLoyaltyOrderFeedbackService", OrderFeedbackService.class);
    private final LoyaltyPointsService points =
            LoyaltyTestContext.bean("blLoyaltyPointsService", LoyaltyPointsService.class);
    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = TestSmtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
        service().setReviewPoints(0);
    }

    @Test
    void shouldEmailTheFeedbackLinkAfterARealCheckout() throws Exception {
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        Order order = OpenEntityManager.call(() -> shop.paidCheckout(customer, "40.00", 1));

        assertThat(order.getOrderNumber()).isNotBlank();
        HeldTasks.feedbackMails().runAll(); // the request is sent off the checkout's thread
        List<MimeMessage> mails = mailsTo(customer.getEmailAddress(), 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("How was your order?");
        String body = GreenMailUtil.getBody(mails.get(0));
        assertThat(body).contains("http://localhost:8080/loyalty/feedback?orderNumber=" + order.getOrderNumber())
                .contains(order.getOrderNumber());
    }

    @Test
    void shouldNotEmailAGuest() throws Exception {
        String email = "guest-" + System.nanoTime() + "@example.com";
        OpenEntityManager.call(() -> {
            Customer guest = shop.guestCustomer();
            guest.setEmailAddress(email);
            return shop.paidCheckout(guest, "40.00", 1);
        });

        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void shouldStoreAnAnswerOnceAndRefuseARepeat() throws Exception {
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        Order order = OpenEntityManager.call(() -> shop.paidCheckout(customer, "40.00", 1));

        OrderFeedback stored = OpenEntityManager.call(() ->
                feedback.submit(order.getOrderNumber(), customer, "9", "4", "  Quick delivery  "));

        OrderFeedback read = feedback.answerFor(order.getId());
        assertThat(read.getId()).isEqualTo(stored.getId());
        assertThat(read.getCustomerId()).isEqualTo(customer.getId());
        assertThat(read.getOrderNumber()).isEqualTo(order.getOrderNumber());
        assertThat(read.getNps()).isEqualTo(9);
        assertThat(read.getCsat()).isEqualTo(4);
        assertThat(read.getComment()).isEqualTo("Quick delivery");
        assertThat(read.getReviewPointsAwarded()).isZero();
        assertThat(read.getCreatedDate()).isNotNull();

        assertThat(Messages.englishRefusal(() -> OpenEntityManager.call(() ->
                feedback.submit(order.getOrderNumber(), customer, "2", "1", "changed my mind")),
                FeedbackRefusedException.class))
                .isEqualTo("You already gave feedback on order " + order.getOrderNumber() + ". Thank you!");
        OrderFeedback after = feedback.answerFor(order.getId());
        assertThat(after.getNps()).isEqualTo(9);
        assertThat(after.getComment()).isEqualTo("Quick delivery");
    }

    @Test
    void shouldRefuseOutOfRangeOrNonNumericValuesAndStoreNothing() throws Exception {
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        Order order = OpenEntityManager.call(() -> shop.paidCheckout(customer, "40.00", 1));
        String number = order.getOrderNumber();

        assertRefused(() -> feedback.submit(number, customer, "11", "4", null), "must be from 0 to 10, not 11");
        assertRefused(() -> feedback.submit(number, customer, "-1", "4", null), "must be from 0 to 10, not -1");
        assertRefused(() -> feedback.submit(number, customer, "8", "0", null), "must be from 1 to 5, not 0");
        assertRefused(() -> feedback.submit(number, customer, "8", "6", null), "must be from 1 to 5, not 6");
        assertRefused(() -> feedback.submit(number, customer, "ten", "4", null), "is not a whole number");
        assertRefused(() -> feedback.submit(number, customer, "8", "", null), "Choose a satisfaction score");
        assertRefused(() -> feedback.submit(number, customer, "8", "4", new String(new char[1001]).replace('\0', 'x')),
                "at most 1,000 are accepted");

        assertThat(feedback.answerFor(order.getId())).isNull();
        // A valid answer is still accepted afterwards: the refusals left nothing behind.
        OpenEntityManager.call(() -> feedback.submit(number, customer, "8", "4", null));
        assertThat(feedback.answerFor(order.getId()).getNps()).isEqualTo(8);
    }

    @Test
    void shouldRefuseAnotherCustomersOrderAndAVisitor() throws Exception {
        Customer owner = OpenEntityManager.call(shop::registeredCustomer);
        Customer other = OpenEntityManager.call(shop::registeredCustomer);
        Order order = OpenEntityManager.call(() -> shop.paidCheckout(owner, "40.00", 1));
        String number = order.getOrderNumber();

        assertRefused(() -> feedback.submit(number, other, "0", "1", "not mine"),
                "We found no order " + number + " in your account.");
        assertRefused(() -> feedback.submit(number, shop.guestCustomer(), "0", "1", null),
                "Log in to give feedback on your order.");
        assertRefused(() -> feedback.submit("NO-SUCH-ORDER", owner, "9", "5", null),
                "We found no order NO-SUCH-ORDER in your account.");

        assertThat(feedback.answerFor(order.getId())).isNull();
    }

    @Test
    void shouldCreditReviewPointsOnceForAnAnswerWithAComment() throws Exception {
        service().setReviewPoints(50);
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        Order reviewed = OpenEntityManager.call(() -> shop.paidCheckout(customer, "40.00", 1));
        Order rated = OpenEntityManager.call(() -> shop.paidCheckout(customer, "40.00", 1));
        long before = points.getBalance(customer.getId());

        OrderFeedback review = OpenEntityManager.call(() ->
                feedback.submit(reviewed.getOrderNumber(), customer, "10", "5", "Great shop"));
        OrderFeedback noComment = OpenEntityManager.call(() ->
                feedback.submit(rated.getOrderNumber(), customer, "10", "5", "   "));
        assertRefused(() -> feedback.submit(reviewed.getOrderNumber(), customer, "10", "5", "Great shop again"),
                "already gave feedback");

        assertThat(review.getReviewPointsAwarded()).isEqualTo(50);
        assertThat(noComment.getReviewPointsAwarded()).isZero();
        assertThat(points.getBalance(customer.getId())).isEqualTo(before + 50);
        assertThat(points.getLedger(customer.getId()))
                .filteredOn(e -> OrderFeedbackService.SOURCE_FEEDBACK.equals(e.getSourceType()))
                .extracting(PointsLedgerEntry::getEntryType, PointsLedgerEntry::getPoints)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PointsEntryType.BONUS, 50L));
    }

    @Test
    void shouldStoreOneAnswerWhenTheSameOrderIsSubmittedTwiceAtOnce() throws Exception {
        service().setReviewPoints(20);
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        Order order = OpenEntityManager.call(() -> shop.paidCheckout(customer, "40.00", 1));
        long before = points.getBalance(customer.getId());
        int submits = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(submits);
        List<Future<String>> outcomes = new ArrayList<Future<String>>();
        try {
            for (int i = 0; i < submits; i++) {
                final String nps = String.valueOf(i);
                outcomes.add(pool.submit(new Callable<String>() {
                    @Override
                    public String call() throws Exception {
                        start.await();
                        try {
                            OpenEntityManager.call(() -> feedback.submit(order.getOrderNumber(), customer, nps, "3", "x"));
                            return "stored";
                        } catch (FeedbackRefusedException e) {
                            return Messages.english(e.getText());
                        }
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<String>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }

            assertThat(results).filteredOn("stored"::equals).hasSize(1);
            assertThat(results).filteredOn(r -> r.startsWith("You already gave feedback")).hasSize(submits - 1);
            assertThat(points.getBalance(customer.getId())).isEqualTo(before + 20);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldComputeKpisOverADateRange() throws Exception {
        Date from = new Date();
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        int[][] answers = {{10, 5}, {9, 4}, {7, 3}, {3, 1}};
        for (int[] answer : answers) {
            Order order = OpenEntityManager.call(() -> shop.paidCheckout(customer, "40.00", 1));
            OpenEntityManager.call(() -> feedback.submit(order.getOrderNumber(), customer,
                    String.valueOf(answer[0]), String.valueOf(answer[1]), null));
        }
        Date to = new Date(System.currentTimeMillis() + 1000);

        FeedbackScores scores = feedback.kpis(from, to);
        FeedbackScores none = feedback.kpis(to, new Date(to.getTime() + 60_000));

        // Other tests of this JVM answer before "from" or in parallel never (JUnit runs them one by one).
        assertThat(scores.getCount()).isEqualTo(4);
        assertThat(scores.getNps()).isEqualByComparingTo("25.0");
        assertThat(scores.getCsatPercent()).isEqualByComparingTo("50.0");
        assertThat(scores.getCsatMean()).isEqualByComparingTo("3.25");
        assertThat(none.getCount()).isZero();
        assertThat(feedback.newest(from, to, 10)).hasSize(4)
                .extracting(OrderFeedback::getNps).containsExactly(3, 7, 9, 10);
    }

    private static void assertRefused(Callable<OrderFeedback> submit, String message) {
        assertThat(Messages.englishRefusal(() -> OpenEntityManager.call(submit), FeedbackRefusedException.class))
                .contains(message);
    }

    /** The mails to {@code address}, waiting up to 20 s for {@code expected} of them. */
    private List<MimeMessage> mailsTo(String address, int expected) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        List<MimeMessage> mails = mailsTo(address);
        while (mails.size() < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            mails = mailsTo(address);
        }
        return mails;
    }

    private List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> mails = new ArrayList<MimeMessage>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (address.equals(mail.getAllRecipients()[0].toString())) {
                mails.add(mail);
            }
        }
        return mails;
    }

    private static OrderFeedbackServiceImpl service() {
        return LoyaltyTestContext.target("blLoyaltyOrderFeedbackService", OrderFeedbackServiceImpl.class);
    }
}
