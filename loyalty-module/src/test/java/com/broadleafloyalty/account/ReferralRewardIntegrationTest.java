package com.broadleafloyalty.account;

import com.broadleafloyalty.account.core.ReferralRefusal;
import com.broadleafloyalty.account.dao.ReferralDao;
import com.broadleafloyalty.account.domain.Referral;
import com.broadleafloyalty.account.domain.ReferralStatus;
import com.broadleafloyalty.account.service.CustomerAccountService;
import com.broadleafloyalty.account.service.ReferralRewardService;
import com.broadleafloyalty.account.service.RegistrationDetails;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.LoyaltyProgram;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.test.WebhookWatch;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The referral reward on the real context: the new customer's first order goes through Broadleaf's checkout (which
 * awards its EARN entry, pending for 14 days here), and the job rewards both sides only after that.
 */
class ReferralRewardIntegrationTest {

    private static final long DAY = 86_400_000L;

    private final AccountFixture fixture = new AccountFixture();
    private final ShopFixture shop = new ShopFixture();
    private final CustomerAccountService accounts =
            LoyaltyTestContext.bean("blLoyaltyCustomerAccountService", CustomerAccountService.class);
    private final ReferralRewardService job =
            LoyaltyTestContext.bean("blLoyaltyReferralRewardService", ReferralRewardService.class);
    private final LoyaltyPointsService points = LoyaltyTestContext.bean("blLoyaltyPointsService", LoyaltyPointsService.class);
    private final ReferralDao referrals = LoyaltyTestContext.bean("blLoyaltyReferralDao", ReferralDao.class);

    private final LoyaltyProgram program = LoyaltyTestContext.bean("blLoyaltyProgram", LoyaltyProgram.class);

    @BeforeEach
    void returnWindowOfFourteenDays() {
        program.setPendingDays(14);
    }

    @AfterEach
    void restore() {
        program.setPendingDays(0);
        SystemTime.reset();
    }

    @Test
    void shouldRewardBothSidesOnceAfterThePendingPeriodOfTheFirstOrder() throws Exception {
        Customer ann = fixture.register("Ann", RegistrationDetails.none());
        Customer bob = fixture.register("Bob", new RegistrationDetails(codeOf(ann), null, false));
        OpenEntityManager.call(() -> shop.checkout(shop.payInFull(AccountFixture.shipTo(
                shop.cart(bob, 1, shop.productPriced("50.00")), "1 Bob Road", "10001", "New York"))));

        job.decideDueReferrals();
        assertThat(referral(bob).getStatus()).isEqualTo(ReferralStatus.PENDING);
        assertThat(points.getBalance(ann.getId())).isEqualTo(100);

        SystemTime.setGlobalTimeSource(new FixedTimeSource(System.currentTimeMillis() + 13 * DAY));
        job.decideDueReferrals();
        assertThat(referral(bob).getStatus()).isEqualTo(ReferralStatus.PENDING);

        SystemTime.setGlobalTimeSource(new FixedTimeSource(System.currentTimeMillis() + 15 * DAY));
        try (WebhookWatch watch = new WebhookWatch("referral.rewarded")) {
            job.decideDueReferrals();
            job.decideDueReferrals();

            assertThat(watch.about(ann.getId())).hasSize(1);
            assertThat(watch.about(ann.getId()).get(0).getPayload()).contains("\"type\":\"referral.rewarded\"",
                    "\"refereeCustomerId\":" + bob.getId(), "\"referrerPoints\":500", "\"refereePoints\":250");
        }

        Referral decided = referral(bob);
        assertThat(decided.getStatus()).isEqualTo(ReferralStatus.REWARDED);
        assertThat(decided.getReferrerPoints()).isEqualTo(500);
        assertThat(decided.getRefereePoints()).isEqualTo(250);
        assertThat(decided.getOrderId()).isNotNull();
        assertThat(points.getBalance(ann.getId())).isEqualTo(100 + 500);
        // Bob: sign-up 100 + referral 250 + what the 50.00 order earned (5 points at 10 per 100).
        assertThat(points.getBalance(bob.getId())).isEqualTo(100 + 250 + 5);
        assertThat(points.getLedger(ann.getId())).filteredOn(e -> e.getSourceType().equals("REFERRAL_REFERRER"))
                .extracting(PointsLedgerEntry::getSourceId).containsExactly(decided.getId());
        assertThat(OpenEntityManager.call(() -> accounts.overview(ann)).getReferralsMade().get(0).getPoints()).isEqualTo(500);
    }

    @Test
    void shouldRefuseWhenTheFirstOrderShipsToAnAddressTheReferrerUsed() throws Exception {
        Customer ann = fixture.register("Ann", RegistrationDetails.none());
        OpenEntityManager.call(() -> shop.checkout(shop.payInFull(AccountFixture.shipTo(
                shop.cart(ann, 1, shop.productPriced("10.00")), "7 Elm Street", "02139", "Cambridge"))));
        Customer alias = fixture.register("Alias", new RegistrationDetails(codeOf(ann), null, false));
        Order first = OpenEntityManager.call(() -> shop.checkout(shop.payInFull(AccountFixture.shipTo(
                shop.cart(alias, 1, shop.productPriced("30.00")), "7, elm street", "02139", "CAMBRIDGE"))));

        SystemTime.setGlobalTimeSource(new FixedTimeSource(System.currentTimeMillis() + 15 * DAY));
        job.decideDueReferrals();

        Referral decided = referral(alias);
        assertThat(decided.getStatus()).isEqualTo(ReferralStatus.REFUSED);
        assertThat(decided.getRefusal()).isEqualTo(ReferralRefusal.SELF_REFERRAL_ADDRESS);
        assertThat(decided.getOrderId()).isEqualTo(first.getId());
        assertThat(points.getLedger(ann.getId())).noneMatch(e -> e.getSourceType().startsWith("REFERRAL"));
        assertThat(points.getLedger(alias.getId())).noneMatch(e -> e.getSourceType().startsWith("REFERRAL"));
    }

    @Test
    void shouldWaitWhileTheNewCustomerHasNotOrdered() {
        Customer ann = fixture.register("Ann", RegistrationDetails.none());
        Customer idle = fixture.register("Idle", new RegistrationDetails(codeOf(ann), null, false));

        SystemTime.setGlobalTimeSource(new FixedTimeSource(System.currentTimeMillis() + 60 * DAY));
        job.decideDueReferrals();

        assertThat(referral(idle).getStatus()).isEqualTo(ReferralStatus.PENDING);
    }

    private String codeOf(Customer customer) {
        return OpenEntityManager.call(() -> accounts.profileOf(customer)).getReferralCode();
    }

    private Referral referral(Customer referee) {
        return new TransactionTemplate(LoyaltyTestContext.bean("blTransactionManager", PlatformTransactionManager.class))
                .execute(status -> referrals.readByReferee(referee.getId()));
    }
}
