package com.broadleafloyalty.account;

import com.broadleafloyalty.account.core.ReferralCodes;
import com.broadleafloyalty.account.core.ReferralRefusal;
import com.broadleafloyalty.account.dao.ReferralDao;
import com.broadleafloyalty.account.domain.CustomerLoyaltyProfile;
import com.broadleafloyalty.account.domain.Referral;
import com.broadleafloyalty.account.domain.ReferralStatus;
import com.broadleafloyalty.account.service.AccountOverview;
import com.broadleafloyalty.account.service.CustomerAccountService;
import com.broadleafloyalty.account.service.ReferralOutcome;
import com.broadleafloyalty.account.service.RegistrationDetails;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.support.core.LoyaltyText;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.Messages;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.text.SimpleDateFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The registration hook on the real Broadleaf context: Broadleaf's registerCustomer fires it. */
class RegistrationHookIntegrationTest {

    private final AccountFixture fixture = new AccountFixture();
    private final ShopFixture shop = new ShopFixture();
    private final CustomerAccountService accounts =
            LoyaltyTestContext.bean("blLoyaltyCustomerAccountService", CustomerAccountService.class);
    private final LoyaltyPointsService points = LoyaltyTestContext.bean("blLoyaltyPointsService", LoyaltyPointsService.class);
    private final ReferralDao referrals = LoyaltyTestContext.bean("blLoyaltyReferralDao", ReferralDao.class);

    @Test
    void shouldCreditTheSignUpBonusAndGiveTheNewCustomerAReferralCode() {
        Customer customer = fixture.register("Ann", RegistrationDetails.none());

        assertThat(points.getBalance(customer.getId())).isEqualTo(100);
        List<PointsLedgerEntry> ledger = points.getLedger(customer.getId());
        assertThat(ledger).hasSize(1);
        assertThat(ledger.get(0).getEntryType()).isEqualTo(PointsEntryType.BONUS);
        assertThat(ledger.get(0).getSourceType()).isEqualTo("SIGNUP");
        assertThat(ledger.get(0).getSourceId()).isEqualTo(customer.getId());
        CustomerLoyaltyProfile profile = OpenEntityManager.call(() -> accounts.profileOf(customer));
        assertThat(ReferralCodes.normalize(profile.getReferralCode())).isEqualTo(profile.getReferralCode());
        assertThat(profile.getRegisteredAt()).isNotNull();
    }

    @Test
    void shouldNeverCreditTheSignUpBonusTwice() {
        Customer customer = fixture.register("Once", RegistrationDetails.none());

        OpenEntityManager.call(() -> accounts.registered(customer, RegistrationDetails.none()));

        assertThat(points.getBalance(customer.getId())).isEqualTo(100);
    }

    @Test
    void shouldGiveAnImportedCustomerAProfileButNoSignUpBonus() {
        Customer imported = fixture.register("Imported", RegistrationDetails.imported());

        assertThat(points.getBalance(imported.getId())).isZero();
        assertThat(OpenEntityManager.call(() -> accounts.profileOf(imported)).getReferralCode()).hasSize(8);
    }

    @Test
    void shouldCaptureReferralCodeBirthDateAndNewsletterFromTheRegistration() {
        Customer ann = fixture.register("Ann", RegistrationDetails.none());
        String code = OpenEntityManager.call(() -> accounts.profileOf(ann)).getReferralCode();

        Customer bob = fixture.register("Bob",
                new RegistrationDetails(code.substring(0, 4).toLowerCase() + "-" + code.substring(4), "1990-05-17", true));

        Referral referral = read(() -> referrals.readByReferee(bob.getId()));
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.PENDING);
        assertThat(referral.getReferrerCustomerId()).isEqualTo(ann.getId());
        assertThat(referral.getCode()).isEqualTo(code);
        AccountOverview bobs = OpenEntityManager.call(() -> accounts.overview(bob));
        assertThat(new SimpleDateFormat("yyyy-MM-dd").format(bobs.getBirthDate())).isEqualTo("1990-05-17");
        assertThat(bobs.isBirthDateEditable()).isFalse();
        assertThat(bobs.isNewsletterSubscribed()).isTrue();
        assertThat(bobs.isLoyal()).isFalse();
        assertThat(bobs.getReferredBy().getWho()).isEqualTo("Ann T.");
        AccountOverview anns = OpenEntityManager.call(() -> accounts.overview(ann));
        assertThat(anns.getReferralsMade()).extracting(AccountOverview.ReferralRow::getWho, AccountOverview.ReferralRow::getStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bob T.", "PENDING"));
        assertThat(anns.getReferralPath()).isEqualTo("/register?ref=" + code);
    }

    @Test
    void shouldRegisterWithAnUnknownCodeButRefuseTheCodeWithItsReason() {
        Customer carol = fixture.register("Carol", RegistrationDetails.none());
        List<LoyaltyText> problems = OpenEntityManager.call(() ->
                accounts.registrationProblems(new RegistrationDetails("ZZZZ2222", "1990-02-30", false), "x@example.com"));

        List<LoyaltyText> atRegistration = OpenEntityManager.call(() ->
                accounts.registered(carol, new RegistrationDetails("ZZZZ2222", "1990-02-30", false)));

        assertThat(problems).extracting(Messages::english).containsExactly(
                "Referral code: This referral code does not exist.",
                "Birth date: \"1990-02-30\" is not a date: please use YYYY-MM-DD.");
        assertThat(problems).extracting(problem -> Messages.in(Messages.ROMANIAN, problem)).containsExactly(
                "Codul de recomandare: Acest cod de recomandare nu există.",
                "Data nașterii: „1990-02-30” nu este o dată: folosește forma AAAA-LL-ZZ.");
        assertThat(atRegistration).hasSize(2);
        assertThat(Messages.english(atRegistration.get(0))).isEqualTo(
                "Referral code ZZZZ2222 not accepted: This referral code does not exist.");
        assertThat(read(() -> referrals.readByReferee(carol.getId()))).isNull();
        assertThat(points.getBalance(carol.getId())).isEqualTo(100);
    }

    @Test
    void shouldRefuseAndRecordACodeOfAnAccountWithTheSameEmail() {
        String email = "twin" + System.nanoTime() + "@example.com";
        Customer first = fixture.registerWithEmail("Twin", email, RegistrationDetails.none());
        String code = OpenEntityManager.call(() -> accounts.profileOf(first)).getReferralCode();

        Customer second = fixture.registerWithEmail("Twin", email.toUpperCase(), new RegistrationDetails(code, null, false));

        Referral referral = read(() -> referrals.readByReferee(second.getId()));
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.REFUSED);
        assertThat(referral.getRefusal()).isEqualTo(ReferralRefusal.SELF_REFERRAL_EMAIL);
        assertThat(OpenEntityManager.call(() -> accounts.registrationProblems(
                new RegistrationDetails(code, null, false), email.toUpperCase())))
                .extracting(Messages::english)
                .containsExactly("Referral code: The referral code belongs to an account with your email address.");
    }

    @Test
    void shouldRefuseTheOwnCodeAndACodeAfterTheFirstOrder() throws Exception {
        Customer ann = fixture.register("Ann", RegistrationDetails.none());
        String annsCode = OpenEntityManager.call(() -> accounts.profileOf(ann)).getReferralCode();
        Customer dave = fixture.register("Dave", RegistrationDetails.none());
        OpenEntityManager.call(() -> shop.paidCheckout(dave, "20.00", 1));

        ReferralOutcome own = OpenEntityManager.call(() -> accounts.applyReferralCode(ann, annsCode));
        ReferralOutcome late = OpenEntityManager.call(() -> accounts.applyReferralCode(dave, annsCode));
        ReferralOutcome again = OpenEntityManager.call(() -> accounts.applyReferralCode(dave, annsCode));

        assertThat(own.getRefusal()).isEqualTo(ReferralRefusal.SELF_REFERRAL_ACCOUNT);
        assertThat(late.getRefusal()).isEqualTo(ReferralRefusal.ALREADY_ORDERED);
        assertThat(late.getReferral().getStatus()).isEqualTo(ReferralStatus.REFUSED);
        assertThat(again.getRefusal()).isEqualTo(ReferralRefusal.ALREADY_REFERRED);
        assertThat(Messages.english(again.getMessage())).isEqualTo("This account already has a referral.");
    }

    @Test
    void shouldSetTheBirthDateOnceAndKeepTheNewsletterHistory() {
        Customer erin = fixture.register("Erin", RegistrationDetails.none());

        assertThat(Messages.englishRefusal(() -> OpenEntityManager.call(() -> {
            accounts.setBirthDate(erin, "2999-01-01");
            return null;
        }))).isEqualTo("A birth date cannot be in the future.");
        OpenEntityManager.call(() -> {
            accounts.setBirthDate(erin, "1985-12-01");
            accounts.setNewsletter(erin, true);
            accounts.setNewsletter(erin, false);
            return null;
        });
        assertThat(Messages.englishRefusal(() -> OpenEntityManager.call(() -> {
            accounts.setBirthDate(erin, "1985-12-02");
            return null;
        }))).contains("already set");

        AccountOverview overview = OpenEntityManager.call(() -> accounts.overview(erin));
        assertThat(new SimpleDateFormat("yyyy-MM-dd").format(overview.getBirthDate())).isEqualTo("1985-12-01");
        assertThat(overview.isNewsletterSubscribed()).isFalse();
        assertThat(overview.getNewsletterUnsubscribedAt()).isNotNull();
    }

    private static <T> T read(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(LoyaltyTestContext.bean("blTransactionManager", PlatformTransactionManager.class))
                .execute(status -> work.get());
    }
}
