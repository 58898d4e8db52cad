package com.broadleafloyalty.ledger;

import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.PointsExpiryService;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.test.TestSmtp;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.text.SimpleDateFormat;
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
        assertThat(body).contains(">100<").contains(new SimpleDateFormat("yyyy-MM-dd").format(new Date(now + 5 * DAY)));
    }

    private void credit(Customer customer, long amount, long availableFrom, long expiresAt) {
        ledger.credit(Posting.of(customer.getId(), PointsEntryType.BONUS, amount, PointsLedgerEntry.SOURCE_ADMIN,
                System.nanoTime()).reason("Test batch").availability(new Date(availableFrom), new Date(expiresAt)));
    }
}
