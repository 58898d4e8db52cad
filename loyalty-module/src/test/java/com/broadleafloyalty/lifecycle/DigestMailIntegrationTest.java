package com.broadleafloyalty.lifecycle;

import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.service.EngagementMailService;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.lifecycle.core.LifecycleTriggers;
import com.broadleafloyalty.lifecycle.service.LifecycleMailJob;
import com.broadleafloyalty.redemption.domain.RewardItem;
import com.broadleafloyalty.redemption.domain.RewardType;
import com.broadleafloyalty.redemption.service.RedemptionService;
import com.broadleafloyalty.test.AtOnce;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.Mails;
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

import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly points digest on the real context with a real SMTP server: only to customers who opted in on the
 * preferences page, once a month also when two job runs meet, never after an unsubscribe; with balance, value,
 * rewards within reach and points expiring. Assertions look only at this test's own customers and reward.
 */
class DigestMailIntegrationTest {

    private static final String SUBJECT = "Your loyalty points this month";
    private static final long DAY = 86_400_000L;
    private static final AtomicLong SOURCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final ShopFixture shop = new ShopFixture();
    private final LifecycleMailJob job = LoyaltyTestContext.bean("blLoyaltyLifecycleMailJob", LifecycleMailJob.class);
    private final EngagementMailService mails =
            LoyaltyTestContext.bean("blLoyaltyEngagementMailService", EngagementMailService.class);
    private final RedemptionService redemptions =
            LoyaltyTestContext.bean("blLoyaltyRedemptionService", RedemptionService.class);
    private final PointsLedger ledger = LoyaltyTestContext.bean("blLoyaltyPointsLedger", PointsLedger.class);
    private final List<RewardItem> rewards = new ArrayList<RewardItem>();
    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = TestSmtp.start();
    }

    @AfterEach
    void stopSmtp() {
        SystemTime.reset();
        smtp.stop();
        for (RewardItem reward : rewards) {
            reward.setActive(false); // out of the shared catalog again
            redemptions.saveItem(reward);
        }
    }

    @Test
    void shouldSendTheDigestOnlyToCustomersWhoOptedIn() {
        Customer optedIn = shop.registeredCustomer();
        Customer notAsked = shop.registeredCustomer();
        mails.savePreferences(optedIn.getId(), EnumSet.of(MailCategory.WELCOME), true);
        mails.savePreferences(notAsked.getId(), EnumSet.of(MailCategory.WELCOME), false);
        long points = 97_000 + SOURCE.incrementAndGet() % 1000;
        RewardItem withinReach = reward(points);
        credit(optedIn, points - 120, null);
        credit(optedIn, 120, new Date(SystemTime.asMillis() + 10 * DAY));

        job.sendDigests();

        assertThat(Mails.to(smtp, notAsked.getEmailAddress(), SUBJECT)).isEmpty();
        List<MimeMessage> digests = Mails.to(smtp, optedIn.getEmailAddress(), SUBJECT);
        assertThat(digests).hasSize(1);
        Document html = Jsoup.parse(Mails.html(digests.get(0)));
        assertThat(html.select("p.balance").text()).isEqualTo("Your balance: " + String.format(Locale.US, "%,d", points)
                + " points.");
        assertThat(html.select("p.available").text()).startsWith("You can use " + String.format(Locale.US, "%,d", points)
                + " points now, worth $");
        assertThat(html.select("li.reward span.reward-name").first().text()).isEqualTo(withinReach.getName());
        assertThat(html.select("p.expiring").text())
                .isEqualTo("120 points expire within 30 days: use them before they are gone.");
        assertThat(html.select("a.unsubscribe").attr("href")).contains("/loyalty/mail/unsubscribe?m=");
        assertThat(mails.wasSent(LifecycleTriggers.digestKey(optedIn.getId(), today()))).isTrue();
    }

    @Test
    void shouldSendOneDigestAMonthEvenWhenTwoRunsMeet() throws Exception {
        Customer customer = shop.registeredCustomer();
        mails.savePreferences(customer.getId(), EnumSet.noneOf(MailCategory.class), true);

        runTwiceAtOnce();
        job.sendDigests();
        assertThat(Mails.to(smtp, customer.getEmailAddress(), SUBJECT)).hasSize(1);

        SystemTime.setGlobalTimeSource(new FixedTimeSource(nextMonth()));
        runTwiceAtOnce();
        assertThat(Mails.to(smtp, customer.getEmailAddress(), SUBJECT)).hasSize(2);
    }

    @Test
    void shouldSendNoDigestAfterTheUnsubscribeLink() throws Exception {
        Customer customer = shop.registeredCustomer();
        mails.savePreferences(customer.getId(), EnumSet.noneOf(MailCategory.class), true);
        job.sendDigests();
        Document html = Jsoup.parse(Mails.html(Mails.to(smtp, customer.getEmailAddress(), SUBJECT).get(0)));
        String link = html.select("a.unsubscribe").attr("href");

        assertThat(mails.unsubscribeByLink(Long.valueOf(parameter(link, "m")), parameter(link, "s")))
                .isEqualTo(MailCategory.DIGEST);
        assertThat(mails.preferencesOf(customer.getId()).isDigestOptIn()).isFalse();

        SystemTime.setGlobalTimeSource(new FixedTimeSource(nextMonth()));
        job.sendDigests();
        assertThat(Mails.to(smtp, customer.getEmailAddress(), SUBJECT)).hasSize(1);
        assertThat(mails.wasSent(LifecycleTriggers.digestKey(customer.getId(), today()))).isFalse();
    }

    private void runTwiceAtOnce() throws Exception {
        AtOnce.run(2, () -> job.sendDigests());
    }

    private RewardItem reward(long cost) {
        RewardItem item = redemptions.createItem();
        item.setName("Digest reward " + System.nanoTime());
        item.setPointsCost(cost);
        item.setRewardType(RewardType.FREE_SHIPPING);
        item.setActive(true);
        RewardItem saved = redemptions.saveItem(item);
        rewards.add(saved);
        return saved;
    }

    private void credit(Customer customer, long points, Date expiresAt) {
        Date now = SystemTime.asDate();
        ledger.credit(Posting.of(customer.getId(), PointsEntryType.BONUS, points, PointsLedgerEntry.SOURCE_ADMIN,
                SOURCE.incrementAndGet() * 1000 + 7).reason("Digest test").availability(now, expiresAt));
    }

    /** The first day of next month, at noon (the digest is due from day 1 by default). */
    private static long nextMonth() {
        LocalDate first = today().withDayOfMonth(1).plusMonths(1);
        return first.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    private static LocalDate today() {
        return SystemTime.asDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
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
