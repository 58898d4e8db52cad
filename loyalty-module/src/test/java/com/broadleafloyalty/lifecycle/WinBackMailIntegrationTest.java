package com.broadleafloyalty.lifecycle;

import com.broadleafloyalty.engagement.web.EngagementMailController;
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
import com.broadleafloyalty.vip.domain.PersonalCode;
import com.broadleafloyalty.vip.service.VipOfferService;
import com.icegreen.greenmail.util.GreenMail;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.Date;
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
    private static final long PERIOD = 90 * DAY;

    private final ShopFixture shop = new ShopFixture();
    private final LifecycleMailJob job = LoyaltyTestContext.bean("blLoyaltyLifecycleMailJob", LifecycleMailJob.class);
    private final LoyaltyPointsService points =
            LoyaltyTestContext.bean("blLoyaltyPointsService", LoyaltyPointsService.class);
    private final VipOfferService vip = LoyaltyTestContext.bean("blLoyaltyVipOfferService", VipOfferService.class);
    private final OfferService offerService = LoyaltyTestContext.bean("blOfferService", OfferService.class);
    private final OfferDao offerDao = LoyaltyTestContext.bean("blOfferDao", OfferDao.class);
    private final EngagementMailController links =
            LoyaltyTestContext.bean("blLoyaltyEngagementMailController", EngagementMailController.class);
    private final List<Offer> offers = new ArrayList<Offer>();
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
        settings().setOfferId("");
        smtp.stop();
        for (Offer offer : offers) { // ended, so no later test in this JVM meets them
            OpenEntityManager.call(() -> {
                Offer current = offerDao.readOfferById(offer.getId());
                current.setEndDate(new Date(SystemTime.asMillis() - 1000L));
                return offerService.save(current);
            });
        }
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
        assertThat(html.select(".offer-code")).isEmpty(); // no offer set: no code
    }

    @Test
    void shouldCarryTheSamePersonalCodeInEachWinBack() throws Exception {
        Offer offer = OpenEntityManager.call(() -> tenPercentOff("Come back: 10% off your next order"));
        settings().setOfferId(String.valueOf(offer.getId()));
        Customer customer = driftingCustomer();

        at(firstPeriodDay(1));
        assertThat(job.sendWinBackTo(customer.getId())).isTrue();
        at(firstPeriodDay(1) + PERIOD);
        assertThat(job.sendWinBackTo(customer.getId())).isTrue();

        List<MimeMessage> winBacks = Mails.to(smtp, customer.getEmailAddress(), SUBJECT);
        assertThat(winBacks).hasSize(2);
        Document first = Jsoup.parse(Mails.html(winBacks.get(0)));
        Document second = Jsoup.parse(Mails.html(winBacks.get(1)));
        String code = first.select("strong.offer-code").text();
        assertThat(code).isNotEmpty();
        assertThat(second.select("strong.offer-code").text()).isEqualTo(code);
        assertThat(first.select("p.offer-text").text()).isEqualTo("It gives you: Come back: 10% off your next order");
        assertThat(vip.personalCodes(offer.getId())).extracting(PersonalCode::getCustomerId)
                .containsExactly(customer.getId());
    }

    @Test
    void shouldSendTheWinBackWithoutACodeWhenTheOfferIsUnknown() throws Exception {
        settings().setOfferId("-4242");
        Customer customer = driftingCustomer();

        at(firstPeriodDay(1));
        assertThat(job.sendWinBackTo(customer.getId())).isTrue();

        Document html = Jsoup.parse(Mails.html(Mails.to(smtp, customer.getEmailAddress(), SUBJECT).get(0)));
        assertThat(html.select(".offer-code")).isEmpty();
    }

    @Test
    void shouldNotSendASecondWinBackToACustomerWhoReadOurEmails() throws Exception {
        Customer customer = driftingCustomer();
        Customer silent = driftingCustomer();
        at(firstPeriodDay(1));
        assertThat(job.sendWinBackTo(customer.getId())).isTrue();
        assertThat(job.sendWinBackTo(silent.getId())).isTrue();
        Document html = Jsoup.parse(Mails.html(Mails.to(smtp, customer.getEmailAddress(), SUBJECT).get(0)));
        String pixel = html.select("img.open-pixel").attr("src");

        at(firstPeriodDay(1) + PERIOD - 2 * DAY);
        links.open(parameter(pixel, "m"), parameter(pixel, "s"));
        at(firstPeriodDay(1) + PERIOD);

        assertThat(job.sendWinBackTo(customer.getId())).isFalse();
        assertThat(job.sendWinBackTo(silent.getId())).isTrue();
        assertThat(Mails.to(smtp, customer.getEmailAddress(), SUBJECT)).hasSize(1);
        assertThat(Mails.to(smtp, silent.getEmailAddress(), SUBJECT)).hasSize(2);
    }

    /** A registered customer whose one order was placed long enough ago that they drift away from day 1 on. */
    private Customer driftingCustomer() throws Exception {
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        OpenEntityManager.call(() -> shop.paidCheckout(customer, "40.00", 1));
        // Scoring needs the stored cut points; a fresh database has them only after one run.
        LoyaltyTestContext.bean("blLoyaltyCustomerSegmentService", CustomerSegmentService.class).recomputeAll();
        return customer;
    }

    /** Day {@code day} of the first whole win-back period starting at least 100 days from now, in ms. */
    private static long firstPeriodDay(int day) {
        long start = (System.currentTimeMillis() + 100 * DAY) / PERIOD * PERIOD + PERIOD;
        return start + day * DAY;
    }

    private static void at(long millis) {
        SystemTime.setGlobalTimeSource(new FixedTimeSource(millis));
    }

    private Offer tenPercentOff(String text) {
        Offer offer = offerDao.create();
        offer.setName("Win-back " + System.nanoTime());
        offer.setDescription(text);
        offer.setType(OfferType.ORDER);
        offer.setDiscountType(OfferDiscountType.PERCENT_OFF);
        offer.setValue(new BigDecimal("10"));
        offer.setStartDate(new Date(SystemTime.asMillis() - DAY));
        offer.setAutomaticallyAdded(false);
        offer.setCombinableWithOtherOffers(true);
        offer.setMaxUsesPerCustomer(0L);
        offer = offerService.save(offer);
        offers.add(offer);
        return offer;
    }

    private static String parameter(String url, String name) throws UnsupportedEncodingException {
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), "UTF-8");
            }
        }
        return null;
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
