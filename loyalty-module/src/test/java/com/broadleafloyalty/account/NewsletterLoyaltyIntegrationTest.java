package com.broadleafloyalty.account;

import com.broadleafloyalty.account.service.CustomerAccountService;
import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.service.EngagementMailService;
import com.broadleafloyalty.engagement.service.OutgoingMail;
import com.broadleafloyalty.engagement.web.EngagementMailController;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.Mails;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.test.TestSmtp;
import com.icegreen.greenmail.util.GreenMail;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newsletter's "loyal" indicator fed by the engagement record: a subscriber of more than six months who never
 * bought is loyal once they open one of the module's emails, and no longer 90 days after that open.
 */
class NewsletterLoyaltyIntegrationTest {

    private static final long DAY = 86_400_000L;

    private final ShopFixture shop = new ShopFixture();
    private final CustomerAccountService accounts =
            LoyaltyTestContext.bean("blLoyaltyCustomerAccountService", CustomerAccountService.class);
    private final EngagementMailService mails =
            LoyaltyTestContext.bean("blLoyaltyEngagementMailService", EngagementMailService.class);
    private final EngagementMailController links =
            LoyaltyTestContext.bean("blLoyaltyEngagementMailController", EngagementMailController.class);
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
    void shouldCountALongSubscriberWhoOpensOurEmailsAsLoyalFor90Days() throws Exception {
        long now = System.currentTimeMillis();
        SystemTime.setGlobalTimeSource(new FixedTimeSource(now - 200 * DAY));
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        OpenEntityManager.call(() -> {
            accounts.setNewsletter(customer, true);
            return null;
        });
        SystemTime.setGlobalTimeSource(new FixedTimeSource(now));
        assertThat(OpenEntityManager.call(() -> accounts.overview(customer)).isLoyal()).isFalse();

        mails.send(new OutgoingMail(customer, MailCategory.WELCOME, "LOYAL-TEST:" + customer.getId(),
                LoyaltyTestContext.bean("blLoyaltyWelcomeEmailInfo", EmailInfo.class)).with("balance", 0L));
        String pixel = Jsoup.parse(Mails.html(Mails.to(smtp, customer.getEmailAddress()).get(0)))
                .select("img.open-pixel").attr("src");
        links.open(parameter(pixel, "m"), parameter(pixel, "s"));

        assertThat(mails.isEngaged(customer.getId())).isTrue();
        assertThat(OpenEntityManager.call(() -> accounts.overview(customer)).isLoyal()).isTrue();

        SystemTime.setGlobalTimeSource(new FixedTimeSource(now + 91 * DAY));
        assertThat(OpenEntityManager.call(() -> accounts.overview(customer)).isLoyal()).isFalse();
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
