package com.broadleafloyalty.account.service;

import com.broadleafloyalty.account.core.AnnualBonus;
import com.broadleafloyalty.account.dao.CustomerLoyaltyProfileDao;
import com.broadleafloyalty.account.domain.CustomerLoyaltyProfile;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.service.LoyaltyProgram;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.ledger.service.PostingResult;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

/**
 * The birthday and registration-anniversary job: once per calendar year, in the month, from the day on (see
 * {@link AnnualBonus}), a BONUS keyed by customer and year (source type {@code BIRTHDAY_<year>} or
 * {@code ANNIVERSARY_<year>}, source id the customer id) and an email. Safe on several nodes: the ledger's unique
 * source key lets one credit through, and only the run that wrote the credit sends the email.
 */
public class AnnualBonusService {

    public static final String SOURCE_BIRTHDAY = "BIRTHDAY_";
    public static final String SOURCE_ANNIVERSARY = "ANNIVERSARY_";

    private static final Log LOG = LogFactory.getLog(AnnualBonusService.class);
    private static final int PAGE = 200;

    @Resource(name = "blLoyaltyCustomerProfileDao")
    protected CustomerLoyaltyProfileDao profiles;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blLoyaltyProgram")
    protected LoyaltyProgram program;

    @Resource(name = "blLoyaltyAccountEmailSender")
    protected AccountEmailSender emails;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    protected long birthdayPoints = 200;
    protected long anniversaryPoints = 100;

    /** The scheduled entry point: birthdays, then anniversaries. */
    public void awardYearlyBonuses() {
        int birthdays = awardBirthdays();
        int anniversaries = awardAnniversaries();
        if (birthdays + anniversaries > 0) {
            LOG.info("Yearly bonuses: " + birthdays + " birthday and " + anniversaries + " anniversary bonuses credited");
        }
    }

    /** Returns how many birthday bonuses this run credited. */
    public int awardBirthdays() {
        LocalDate today = today();
        int year = today.getYear();
        int credited = 0;
        Long after = 0L;
        while (true) {
            final Long from = after;
            List<CustomerLoyaltyProfile> page = read(() ->
                    profiles.readBirthdayCandidates(today.getMonthValue(), year, from, PAGE));
            for (CustomerLoyaltyProfile profile : page) {
                if (AnnualBonus.isDue(local(profile.getBirthDate()), Integer.MIN_VALUE, profile.getLastBirthdayBonusYear(),
                        today) && award(profile.getCustomerId(), year, true)) {
                    credited++;
                }
            }
            if (page.size() < PAGE) {
                return credited;
            }
            after = page.get(page.size() - 1).getCustomerId();
        }
    }

    /** Returns how many anniversary bonuses this run credited. */
    public int awardAnniversaries() {
        LocalDate today = today();
        int year = today.getYear();
        Date startOfYear = Date.from(LocalDate.of(year, 1, 1).atStartOfDay(ZoneId.systemDefault()).toInstant());
        int credited = 0;
        Long after = 0L;
        while (true) {
            final Long from = after;
            List<CustomerLoyaltyProfile> page = read(() ->
                    profiles.readAnniversaryCandidates(today.getMonthValue(), year, startOfYear, from, PAGE));
            for (CustomerLoyaltyProfile profile : page) {
                LocalDate registered = local(profile.getRegisteredAt());
                if (AnnualBonus.isDue(registered, registered.getYear() + 1, profile.getLastAnniversaryBonusYear(), today)
                        && award(profile.getCustomerId(), year, false)) {
                    credited++;
                }
            }
            if (page.size() < PAGE) {
                return credited;
            }
            after = page.get(page.size() - 1).getCustomerId();
        }
    }

    /** Credits (once) and records the year; mails only when this run wrote the credit. */
    private boolean award(Long customerId, int year, boolean birthday) {
        long points = birthday ? birthdayPoints : anniversaryPoints;
        PostingResult result;
        try {
            result = new TransactionTemplate(transactionManager).execute(status -> {
                PostingResult credit = null;
                if (points > 0) {
                    Date now = SystemTime.asDate();
                    credit = ledger.credit(Posting.of(customerId, PointsEntryType.BONUS, points,
                            (birthday ? SOURCE_BIRTHDAY : SOURCE_ANNIVERSARY) + year, customerId)
                            .reason(birthday ? "Happy birthday bonus " + year : "Anniversary bonus " + year)
                            .availability(now, program.expiresAt(now)));
                }
                CustomerLoyaltyProfile profile = profiles.readByCustomer(customerId);
                if (birthday) {
                    profile.setLastBirthdayBonusYear(year);
                } else {
                    profile.setLastAnniversaryBonusYear(year);
                }
                profiles.save(profile);
                return credit;
            });
        } catch (RuntimeException e) {
            LOG.error("Yearly bonus for customer " + customerId + " failed; the next run retries it", e);
            return false;
        }
        if (result == null || result.isAlreadyRecorded()) {
            return false;
        }
        try {
            emails.sendYearlyBonus(customerId, points, birthday, year);
        } catch (RuntimeException e) {
            // The points are credited and shown in My loyalty; a lost greeting is not worth a second credit attempt.
            LOG.error("Yearly bonus email to customer " + customerId + " failed", e);
        }
        return true;
    }

    private <T> T read(java.util.function.Supplier<T> work) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setReadOnly(true);
        return template.execute(status -> work.get());
    }

    static LocalDate today() {
        return CustomerAccountServiceImpl.today();
    }

    static LocalDate local(Date date) {
        return CustomerAccountServiceImpl.local(date);
    }

    public void setBirthdayPoints(long birthdayPoints) {
        this.birthdayPoints = birthdayPoints;
    }

    public void setAnniversaryPoints(long anniversaryPoints) {
        this.anniversaryPoints = anniversaryPoints;
    }
}
