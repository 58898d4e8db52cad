package com.broadleafloyalty.lifecycle;

import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.lifecycle.service.LifecycleMailJob;
import com.broadleafloyalty.lifecycle.service.WinBackMail;
import com.broadleafloyalty.segment.service.CustomerSegmentService;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.Mails;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.test.TestSmtp;
import com.icegreen.greenmail.util.GreenMail;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import javax.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Win-back on the real context: a one-order customer who never came back (phase "At risk of disappointment") gets one
 * email per period with the configured bonus points credited once; not before they drift away.
 */
class WinBackMailIntegrationTest {

    private static final String SUBJECT = "We miss you";
    private static final long DAY = 86_400_000L;

    private final ShopFixture shop = new ShopFixture();
    private final LifecycleMailJob job = LoyaltyTestContext.bean("blLoyaltyLifecycleMailJob", LifecycleMailJob.class);
    private final LoyaltyPointsService points =
            LoyaltyTestContext.bean("blLoyaltyPointsService", LoyaltyPointsService.class);
    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = TestSmtp.start();
        settings().setBonusPoints(40);
    }

    @AfterEach
    void stopSmtp() {
        SystemTime.reset();
        settings().setBonusPoints(0);
        smtp.stop();
    }

    @Test
    void shouldWinBackADriftingCustomerOncePerPeriodWithTheBonus() throws Exception {
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        OpenEntityManager.call(() -> shop.paidCheckout(customer, "40.00", 1));
        LoyaltyTestContext.bean("blLoyaltyCustomerSegmentService", CustomerSegmentService.class).recomputeAll();

        assertThat(job.sendWinBackTo(customer.getId())).isFalse();
        assertThat(Mails.to(smtp, customer.getEmailAddress(), SUBJECT)).isEmpty();

        SystemTime.setGlobalTimeSource(new FixedTimeSource(System.currentTimeMillis() + 120 * DAY));
        assertThat(LoyaltyTestContext.bean("blLoyaltyCustomerSegmentService", CustomerSegmentService.class)
                .viewOf(customer.getId()).getLifecyclePhaseCode()).isEqualTo("AT_RISK_OF_DISAPPOINTMENT");
        long before = points.getBalance(customer.getId());
        // One customer only: a whole run would credit the bonus to every drifting customer of the shared database.
        assertThat(job.sendWinBackTo(customer.getId())).isTrue();
        assertThat(job.sendWinBackTo(customer.getId())).isFalse();

        List<MimeMessage> winBacks = Mails.to(smtp, customer.getEmailAddress(), SUBJECT);
        assertThat(winBacks).hasSize(1);
        Document html = Jsoup.parse(Mails.html(winBacks.get(0)));
        assertThat(html.select("p.bonus").text()).isEqualTo("To welcome you back, we added 40 bonus points to your "
                + "account.");
        assertThat(bonusEntries(customer)).containsExactly(40L);
        assertThat(points.getBalance(customer.getId())).isEqualTo(before + 40);
    }

    private List<Long> bonusEntries(Customer customer) {
        return points.getLedger(customer.getId()).stream()
                .filter(entry -> entry.getSourceType().startsWith("WINBACK_"))
                .map(PointsLedgerEntry::getPoints).collect(Collectors.toList());
    }

    private static WinBackMail settings() {
        return LoyaltyTestContext.target("blLoyaltyWinBackMail", WinBackMail.class);
    }
}
