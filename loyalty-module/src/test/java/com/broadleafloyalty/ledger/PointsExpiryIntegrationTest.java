package com.broadleafloyalty.ledger;

import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.PointsExpiryService;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.Messages;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.test.TestSmtp;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.ULocale;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Date;

import javax.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/** The expiry job on the real context, mailing through Broadleaf's email service to a real embedded SMTP server. */
class PointsExpiryIntegrationTest {

    private static final long DAY = 86_400_000L;

    private final ShopFixture shop = new ShopFixture();
    private final PointsLedger ledger = LoyaltyTestContext.bean("blLoyaltyPointsLedger", PointsLedger.class);
    private final LoyaltyPointsService points = LoyaltyTestContext.bean("blLoyaltyPointsService", LoyaltyPointsService.class);
    private final PointsExpiryService expiry = LoyaltyTestContext.bean("blLoyaltyPointsExpiryService", PointsExpiryService.class);
    private final LocaleService localeService = LoyaltyTestContext.bean("blLocaleService", LocaleService.class);
    private final CustomerService customerService = LoyaltyTestContext.bean("blCustomerService", CustomerService.class);
    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = TestSmtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void shouldExpireDueBatchesOnceAndRemindOnceBeforeExpiry() throws Exception {
        Customer customer = OpenEntityManager.call(shop::registeredCustomer);
        long now = System.currentTimeMillis();
        credit(customer, 30, now - 400 * DAY, now - DAY);
        credit(customer, 100, now - 30 * DAY, now + 5 * DAY);
        credit(customer, 50, now - 30 * DAY, now + 60 * DAY);

        int expired = expiry.expireDuePoints();
        int expiredAgain = expiry.expireDuePoints();
        int reminded = expiry.sendExpiryReminders();
        int remindedAgain = expiry.sendExpiryReminders();

        assertThat(expired).isGreaterThanOrEqualTo(1);
        assertThat(expiredAgain).isZero();
        assertThat(points.getBalance(customer.getId())).isEqualTo(150);
        assertThat(points.getLedger(customer.getId())).filteredOn(e -> e.getEntryType() == PointsEntryType.EXPIRE)
                .extracting(PointsLedgerEntry::getPoints).containsExactly(-30L);
        assertThat(reminded).isGreaterThanOrEqualTo(1);
        assertThat(remindedAgain).isZero();
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo(customer.getEmailAddress());
        assertThat(mails[0].getSubject()).isEqualTo("Your loyalty points expire soon");
        String body = GreenMailUtil.getBody(mails[0]);
        assertThat(body).contains(">100<").contains(longDate(now + 5 * DAY, Messages.ENGLISH))
                .contains("of your loyalty points expire on");
    }

    @Test
    void shouldRemindARomanianCustomerInRomanian() throws Exception {
        Customer customer = OpenEntityManager.call(() -> {
            Customer romanian = shop.registeredCustomer();
            romanian.setCustomerLocale(localeService.findLocaleByCode("ro_RO"));
            return customerService.saveCustomer(romanian);
        });
        long now = System.currentTimeMillis();
        credit(customer, 21, now - 30 * DAY, now + 4 * DAY);

        expiry.sendExpiryReminders();

        MimeMessage mail = null;
        for (MimeMessage received : smtp.getReceivedMessages()) {
            if (received.getAllRecipients()[0].toString().equals(customer.getEmailAddress())) {
                mail = received;
            }
        }
        assertThat(mail).as("the reminder of " + customer.getEmailAddress()).isNotNull();
        assertThat(mail.getSubject()).isEqualTo("Punctele tale de fidelitate expiră în curând");
        String text = (String) mail.getContent();
        assertThat(text).contains(">21<")
                .contains("dintre punctele tale de fidelitate expiră pe")
                .contains(longDate(now + 4 * DAY, Messages.ROMANIAN))
                .contains("Folosește-le la următoarea comandă");
    }

    private static String longDate(long millis, java.util.Locale locale) {
        return DateFormat.getDateInstance(DateFormat.LONG, ULocale.forLocale(locale)).format(new Date(millis));
    }

    private void credit(Customer customer, long amount, long availableFrom, long expiresAt) {
        ledger.credit(Posting.of(customer.getId(), PointsEntryType.BONUS, amount, PointsLedgerEntry.SOURCE_ADMIN,
                System.nanoTime()).reason("Test batch").availability(new Date(availableFrom), new Date(expiresAt)));
    }
}
