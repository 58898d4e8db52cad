package com.broadleafloyalty.feedback;

import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.service.EngagementMailService;
import com.broadleafloyalty.feedback.broadleaf.RequestFeedbackActivity;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.test.TestSmtp;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.workflow.DefaultProcessContextImpl;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.SequenceProcessor;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.hibernate.Session;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Executor;

import javax.mail.internet.MimeMessage;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feedback-request checkout activity: its cost budget (run on an order as the checkout leaves it, it prepares no
 * SQL statement on the checkout's thread; the mail goes out through the engagement door on another thread, once per
 * order, not to a shopper who unsubscribed), and a mail server that is down never fails a checkout.
 */
class FeedbackRequestActivityTest {

    private final ShopFixture shop = new ShopFixture();

    @Test
    void shouldLeaveTheCheckoutWithoutAnySqlStatementAndSendTheRequestOnceThroughTheDoor() throws Exception {
        GreenMail smtp = TestSmtp.start();
        RequestFeedbackActivity activity = activity();
        Executor shopExecutor = activity.getExecutor();
        List<Runnable> waiting = new ArrayList<Runnable>();
        activity.setExecutor(waiting::add); // run the sending when the test says
        try {
            Customer customer = OpenEntityManager.call(shop::registeredCustomer);
            Order order = OpenEntityManager.call(() -> shop.paidCheckout(customer, "25.00", 1));
            waiting.clear(); // the checkout's own request
            long statements = OpenEntityManager.call(() -> {
                ProcessContext<CheckoutSeed> context = new DefaultProcessContextImpl<CheckoutSeed>();
                context.setSeedData(new CheckoutSeed(shop.reload(order), new HashMap<String, Object>()));
                Statistics statistics = statistics();
                boolean wasEnabled = statistics.isStatisticsEnabled();
                statistics.setStatisticsEnabled(true);
                long before = statistics.getPrepareStatementCount();
                activity.execute(context);
                long prepared = statistics.getPrepareStatementCount() - before;
                statistics.setStatisticsEnabled(wasEnabled);
                return prepared;
            });
            LogFactory.getLog(FeedbackRequestActivityTest.class).info("feedback request: " + statements
                    + " SQL statements prepared on the checkout's thread");
            assertThat(statements).isZero();
            assertThat(waiting).hasSize(1);

            int mailsBefore = smtp.getReceivedMessages().length;
            waiting.get(0).run();
            waiting.get(0).run(); // sent again (a retried checkout): the order's trigger key keeps it to one

            assertThat(smtp.getReceivedMessages()).hasSize(mailsBefore + 1);
            MimeMessage mail = smtp.getReceivedMessages()[mailsBefore];
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(customer.getEmailAddress());
            assertThat(GreenMailUtil.getBody(mail)).contains(order.getOrderNumber()).contains("/loyalty/mail/unsubscribe");
        } finally {
            activity.setExecutor(shopExecutor);
            smtp.stop();
        }
    }

    @Test
    void shouldNotAskACustomerWhoUnsubscribedFromFeedbackRequests() throws Exception {
        GreenMail smtp = TestSmtp.start();
        RequestFeedbackActivity activity = activity();
        Executor shopExecutor = activity.getExecutor();
        List<Runnable> waiting = new ArrayList<Runnable>();
        activity.setExecutor(waiting::add);
        try {
            Customer customer = OpenEntityManager.call(shop::registeredCustomer);
            LoyaltyTestContext.bean("blLoyaltyEngagementMailService", EngagementMailService.class)
                    .unsubscribe(customer.getId(), MailCategory.FEEDBACK);
            int mailsBefore = smtp.getReceivedMessages().length;

            OpenEntityManager.call(() -> shop.paidCheckout(customer, "25.00", 1));
            waiting.forEach(Runnable::run);

            assertThat(waiting).hasSize(1);
            assertThat(smtp.getReceivedMessages()).hasSize(mailsBefore);
        } finally {
            activity.setExecutor(shopExecutor);
            smtp.stop();
        }
    }

    @Test
    void shouldCompleteTheCheckoutWhenTheMailServerIsDown() throws Exception {
        TestSmtp.pointMailSenderAt(TestSmtp.freePort());
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);

        Order order = OpenEntityManager.call(() -> shop.paidCheckout(customer, "25.00", 1));

        assertThat(order.getStatus()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(order.getOrderNumber()).isNotBlank();
    }

    @Test
    void shouldRunLastOfTheModulesCheckoutActivities() {
        assertThat(activity().getOrder()).isEqualTo(6400);
    }

    private static RequestFeedbackActivity activity() {
        SequenceProcessor checkout = LoyaltyTestContext.bean("blCheckoutWorkflow", SequenceProcessor.class);
        for (Object activity : checkout.getActivities()) {
            if (activity instanceof RequestFeedbackActivity) {
                return (RequestFeedbackActivity) activity;
            }
        }
        throw new AssertionError("blCheckoutWorkflow has no RequestFeedbackActivity");
    }

    private static Statistics statistics() {
        EntityManagerFactory emf = LoyaltyTestContext.bean("entityManagerFactory", EntityManagerFactory.class);
        EntityManager em = EntityManagerFactoryUtils.getTransactionalEntityManager(emf);
        return ((Session) em.getDelegate()).getSessionFactory().getStatistics();
    }
}
