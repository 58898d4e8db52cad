package com.broadleafloyalty.lifecycle;

import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.service.EngagementMailService;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.lifecycle.core.LifecycleTriggers;
import com.broadleafloyalty.lifecycle.service.LifecycleMailJob;
import com.broadleafloyalty.test.AtOnce;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.Mails;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.test.TestSmtp;
import com.icegreen.greenmail.util.GreenMail;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import javax.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle emails on the real context with a real SMTP server: the welcome after a first order and the
 * abandoned-cart reminder each go exactly once, also when two schedulers run at once, and not after an unsubscribe
 * or (for the cart) once the order is placed. Assertions look only at this test's own customers.
 */
class LifecycleMailIntegrationTest {

    private static final String WELCOME = "Welcome to our loyalty programme";
    private static final String CART = "You left something in your cart";
    private static final long DAY = 86_400_000L;

    private final ShopFixture shop = new ShopFixture();
    private final LifecycleMailJob job = LoyaltyTestContext.bean("blLoyaltyLifecycleMailJob", LifecycleMailJob.class);
    private final EngagementMailService mails =
            LoyaltyTestContext.bean("blLoyaltyEngagementMailService", EngagementMailService.class);
    private final LoyaltyPointsService points =
            LoyaltyTestContext.bean("blLoyaltyPointsService", LoyaltyPointsService.class);
    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = TestSmtp.start();
    }

    @AfterEach
    void stopSmtp() {
        SystemTime.reset();
        smtp.stop();
    }

    @Test
    void shouldWelcomeAfterTheFirstOrderOnce() throws Exception {
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        OpenEntityManager.call(() -> shop.paidCheckout(customer, "25.00", 2));

        job.sendWelcomes();
        job.sendWelcomes();

        List<MimeMessage> welcomes = Mails.to(smtp, customer.getEmailAddress(), WELCOME);
        assertThat(welcomes).hasSize(1);
        Document html = Jsoup.parse(Mails.html(welcomes.get(0)));
        long balance = points.getBalance(customer.getId());
        assertThat(balance).isPositive();
        assertThat(html.select("p.balance").text()).isEqualTo("Your balance: " + balance + " points.");
        assertThat(html.select("a.unsubscribe").attr("href")).contains("/loyalty/mail/unsubscribe?m=");
        assertThat(mails.wasSent(LifecycleTriggers.welcomeKey(customer.getId()))).isTrue();

        OpenEntityManager.call(() -> shop.paidCheckout(customer, "10.00", 1));
        job.sendWelcomes();
        assertThat(Mails.to(smtp, customer.getEmailAddress(), WELCOME)).hasSize(1);
    }

    @Test
    void shouldWelcomeOnceWhenTwoSchedulersRunAtOnce() throws Exception {
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        OpenEntityManager.call(() -> shop.paidCheckout(customer, "30.00", 1));
        AtOnce.run(2, () -> job.sendWelcomes());

        assertThat(Mails.to(smtp, customer.getEmailAddress(), WELCOME)).hasSize(1);
    }

    @Test
    void shouldNotWelcomeAfterAnUnsubscribe() throws Exception {
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        mails.unsubscribe(customer.getId(), MailCategory.WELCOME);
        OpenEntityManager.call(() -> shop.paidCheckout(customer, "20.00", 1));

        job.sendWelcomes();

        assertThat(Mails.to(smtp, customer.getEmailAddress(), WELCOME)).isEmpty();
        assertThat(mails.wasSent(LifecycleTriggers.welcomeKey(customer.getId()))).isFalse();
    }

    @Test
    void shouldRemindOfAnIdleCartOnceWithItsLinesAndPoints() throws Exception {
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        Sku sku = OpenEntityManager.call(() -> shop.productPriced("12.00"));
        Order cart = OpenEntityManager.call(() -> shop.cart(customer, 3, sku));

        job.sendAbandonedCartReminders();
        assertThat(Mails.to(smtp, customer.getEmailAddress(), CART)).isEmpty();

        later(25 * 3_600_000L);
        job.sendAbandonedCartReminders();
        job.sendAbandonedCartReminders();

        List<MimeMessage> reminders = Mails.to(smtp, customer.getEmailAddress(), CART);
        assertThat(reminders).hasSize(1);
        Document html = Jsoup.parse(Mails.html(reminders.get(0)));
        assertThat(html.select("tr.cart-line td.name").text()).isEqualTo(sku.getName());
        assertThat(html.select("tr.cart-line td.quantity").text()).isEqualTo("3");
        long toEarn = OpenEntityManager.call(() -> points.previewPoints(shop.reload(cart)));
        assertThat(toEarn).isGreaterThan(1);
        assertThat(html.select("p.earn").text())
                .isEqualTo("Complete your order and you would earn " + toEarn + " points.");
        assertThat(mails.wasSent(LifecycleTriggers.abandonedCartKey(cart.getId()))).isTrue();
    }

    @Test
    void shouldNotRemindOnceTheOrderIsPlaced() throws Exception {
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        Order order = OpenEntityManager.call(() -> shop.paidCheckout(customer, "15.00", 1));

        later(2 * DAY);
        job.sendAbandonedCartReminders();

        assertThat(Mails.to(smtp, customer.getEmailAddress(), CART)).isEmpty();
        assertThat(mails.wasSent(LifecycleTriggers.abandonedCartKey(order.getId()))).isFalse();
    }

    private static void later(long millis) {
        SystemTime.setGlobalTimeSource(new FixedTimeSource(System.currentTimeMillis() + millis));
    }
}
