package com.broadleafloyalty.lifecycle;

import com.broadleafloyalty.lifecycle.core.LifecycleTriggers;
import com.broadleafloyalty.lifecycle.service.LifecycleMailJob;
import com.broadleafloyalty.engagement.service.EngagementMailService;
import com.broadleafloyalty.recommend.service.LoyaltyRecommendationService;
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
 * The post-purchase follow-up on the real context: days after an order, one email with the feedback link and picks
 * from the recommender: what others bought with it, never the order's own products, never a retired product.
 */
class PostPurchaseMailIntegrationTest {

    private static final String SUBJECT = "How was your order? And a few ideas for you";
    private static final long DAY = 86_400_000L;

    private final ShopFixture shop = new ShopFixture();
    private final LifecycleMailJob job = LoyaltyTestContext.bean("blLoyaltyLifecycleMailJob", LifecycleMailJob.class);
    private final EngagementMailService mails =
            LoyaltyTestContext.bean("blLoyaltyEngagementMailService", EngagementMailService.class);
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
    void shouldFollowUpOnceWithTheFeedbackLinkAndPicksFromTheRecommender() throws Exception {
        Sku tent = OpenEntityManager.call(() -> shop.productPriced("129.00"));
        Sku bag = OpenEntityManager.call(() -> shop.productPriced("59.00"));
        Sku lantern = OpenEntityManager.call(() -> shop.productPriced("24.00"));
        Sku stove = OpenEntityManager.call(() -> shop.productPriced("45.50"));
        for (int i = 0; i < 3; i++) {
            OpenEntityManager.call(() -> shop.paidCheckout(shop.registeredCustomer(), tent, bag));
            OpenEntityManager.call(() -> shop.paidCheckout(shop.registeredCustomer(), tent, lantern));
        }
        for (int i = 0; i < 2; i++) {
            OpenEntityManager.call(() -> shop.paidCheckout(shop.registeredCustomer(), tent, stove));
        }
        OpenEntityManager.call(() -> shop.retire(lantern));
        OpenEntityManager.call(() -> {
            LoyaltyTestContext.bean("blLoyaltyRecommendationService", LoyaltyRecommendationService.class).rebuild();
            return null;
        });
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        Order order = OpenEntityManager.call(() -> shop.paidCheckout(customer, tent, bag));

        job.sendPostPurchaseFollowUps();
        assertThat(Mails.to(smtp, customer.getEmailAddress(), SUBJECT)).isEmpty();

        SystemTime.setGlobalTimeSource(new FixedTimeSource(System.currentTimeMillis() + 4 * DAY));
        job.sendPostPurchaseFollowUps();
        job.sendPostPurchaseFollowUps();

        List<MimeMessage> followUps = Mails.to(smtp, customer.getEmailAddress(), SUBJECT);
        assertThat(followUps).hasSize(1);
        Document html = Jsoup.parse(Mails.html(followUps.get(0)));
        assertThat(html.select("tr.pick td.name").eachText()).contains(stove.getName())
                .doesNotContain(tent.getName(), bag.getName(), lantern.getName());
        assertThat(html.select("tr.pick td.points").first().text()).startsWith("earns ");
        assertThat(html.select(".order-number").text()).isEqualTo(order.getOrderNumber());
        assertThat(java.net.URLDecoder.decode(html.select("a.feedback-link").attr("href"), "UTF-8"))
                .contains("/loyalty/feedback?orderNumber=" + order.getOrderNumber());
        assertThat(mails.wasSent(LifecycleTriggers.postPurchaseKey(order.getId()))).isTrue();
    }
}
