package com.broadleafloyalty.account;

import com.broadleafloyalty.account.core.AnnualBonus;
import com.broadleafloyalty.account.dao.CustomerLoyaltyProfileDao;
import com.broadleafloyalty.account.domain.CustomerLoyaltyProfile;
import com.broadleafloyalty.account.service.AnnualBonusService;
import com.broadleafloyalty.account.service.CustomerAccountService;
import com.broadleafloyalty.account.service.RegistrationDetails;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.TestSmtp;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import javax.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/** The birthday and anniversary job on the real context, mailing through blEmailService to a real SMTP server. */
class YearlyBonusIntegrationTest {

    private final AccountFixture fixture = new AccountFixture();
    private final CustomerAccountService accounts =
            LoyaltyTestContext.bean("blLoyaltyCustomerAccountService", CustomerAccountService.class);
    private final AnnualBonusService job = LoyaltyTestContext.bean("blLoyaltyAnnualBonusService", AnnualBonusService.class);
    private final LoyaltyPointsService points = LoyaltyTestContext.bean("blLoyaltyPointsService", LoyaltyPointsService.class);
    private final CustomerLoyaltyProfileDao profiles =
            LoyaltyTestContext.bean("blLoyaltyCustomerProfileDao", CustomerLoyaltyProfileDao.class);
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
    void shouldCreditTheBirthdayBonusOncePerYearFromTheDayWithOneEmail() throws Exception {
        LocalDate today = LocalDate.now();
        LocalDate birthDay = today.getDayOfMonth() < 28 ? today.withDayOfMonth(today.getDayOfMonth() + 1) : today;
        Customer gina = fixture.register("Gina",
                new RegistrationDetails(null, birthDay.minusYears(30).toString(), false));

        if (!birthDay.equals(today)) {
            job.awardBirthdays();
            assertThat(birthdayEntries(gina)).isEmpty();
            at(birthDay);
        }
        job.awardBirthdays();
        job.awardBirthdays();

        assertThat(birthdayEntries(gina)).extracting(PointsLedgerEntry::getSourceType, PointsLedgerEntry::getPoints)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BIRTHDAY_" + birthDay.getYear(), 200L));
        assertThat(points.getBalance(gina.getId())).isEqualTo(100 + 200);
        List<MimeMessage> mails = mailsTo(gina);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Happy birthday from your loyalty club");
        assertThat(GreenMailUtil.getBody(mails.get(0))).contains(">200<").contains("Gina");

        at(AnnualBonus.occurrence(birthDay.minusYears(30), birthDay.getYear() + 1));
        job.awardBirthdays();
        assertThat(birthdayEntries(gina)).hasSize(2);
    }

    @Test
    void shouldCreditTheAnniversaryBonusInTheYearsAfterRegistration() throws Exception {
        Customer hugo = fixture.register("Hugo", RegistrationDetails.none());
        Date registered = Date.from(LocalDate.now().minusYears(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
        new TransactionTemplate(LoyaltyTestContext.bean("blTransactionManager", PlatformTransactionManager.class))
                .execute(status -> {
                    CustomerLoyaltyProfile profile = profiles.readByCustomer(hugo.getId());
                    profile.setRegisteredAt(registered);
                    return profiles.save(profile);
                });

        job.awardAnniversaries();
        job.awardAnniversaries();

        assertThat(points.getLedger(hugo.getId())).filteredOn(e -> e.getSourceType().startsWith("ANNIVERSARY_"))
                .extracting(PointsLedgerEntry::getPoints).containsExactly(100L);
        List<MimeMessage> mails = mailsTo(hugo);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Happy anniversary from your loyalty club");
        assertThat(GreenMailUtil.getBody(mails.get(0))).contains(">100<");
    }

    @Test
    void shouldGiveNoAnniversaryBonusInTheYearOfRegistration() {
        Customer ines = fixture.register("Ines", RegistrationDetails.none());

        job.awardAnniversaries();

        assertThat(points.getLedger(ines.getId())).noneMatch(e -> e.getSourceType().startsWith("ANNIVERSARY_"));
        assertThat(mailsTo(ines)).isEmpty();
    }

    private List<PointsLedgerEntry> birthdayEntries(Customer customer) {
        return points.getLedger(customer.getId()).stream().filter(e -> e.getSourceType().startsWith("BIRTHDAY_"))
                .collect(Collectors.toList());
    }

    private List<MimeMessage> mailsTo(Customer customer) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(customer.getEmailAddress());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toList());
    }

    private static void at(LocalDate day) {
        SystemTime.setGlobalTimeSource(new FixedTimeSource(
                day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli()));
    }
}
