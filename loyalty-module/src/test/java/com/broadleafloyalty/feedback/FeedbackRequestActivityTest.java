package com.broadleafloyalty.feedback;

import com.broadleafloyalty.feedback.broadleaf.RequestFeedbackActivity;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.test.TestSmtp;
import com.icegreen.greenmail.util.GreenMail;
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

import java.util.HashMap;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feedback-request checkout activity: its cost budget (run on an order as the checkout leaves it, it prepares no
 * SQL statement while the mail really goes out to GreenMail), and a mail server that is down never fails a checkout.
 */
class FeedbackRequestActivityTest {

    private final ShopFixture shop = new ShopFixture();

    @Test
    void shouldSendTheRequestWithoutAnySqlStatement() throws Exception {
        GreenMail smtp = TestSmtp.start();
        try {
            Customer customer = OpenEntityManager.call(shop::registeredCustomer);
            long statements = OpenEntityManager.call(() -> {
                Order order = shop.paidCheckout(customer, "25.00", 1);
                int mailsBefore = smtp.getReceivedMessages().length;
                ProcessContext<CheckoutSeed> context = new DefaultProcessContextImpl<CheckoutSeed>();
                context.setSeedData(new CheckoutSeed(order, new HashMap<String, Object>()));
                Statistics statistics = statistics();
                boolean wasEnabled = statistics.isStatisticsEnabled();
                statistics.setStatisticsEnabled(true);
                long before = statistics.getPrepareStatementCount();
                activity().execute(context);
                long prepared = statistics.getPrepareStatementCount() - before;
                statistics.setStatisticsEnabled(wasEnabled);
                assertThat(smtp.getReceivedMessages()).hasSize(mailsBefore + 1);
                return prepared;
            });

            LogFactory.getLog(FeedbackRequestActivityTest.class).info("feedback request: " + statements
                    + " SQL statements prepared per checkout");
            assertThat(statements).isZero();
        } finally {
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
