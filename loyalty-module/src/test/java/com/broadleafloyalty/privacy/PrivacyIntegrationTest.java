package com.broadleafloyalty.privacy;

import com.broadleafloyalty.account.AccountFixture;
import com.broadleafloyalty.account.service.CustomerAccountService;
import com.broadleafloyalty.account.service.RegistrationDetails;
import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.service.EngagementMailService;
import com.broadleafloyalty.engagement.service.OutgoingMail;
import com.broadleafloyalty.feedback.service.OrderFeedbackService;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.PointsAdjustmentService;
import com.broadleafloyalty.privacy.domain.PrivacyRequest;
import com.broadleafloyalty.privacy.service.ErasureReport;
import com.broadleafloyalty.privacy.service.PrivacyService;
import com.broadleafloyalty.support.privacy.PersonalRecords;
import com.broadleafloyalty.test.LedgerChecks;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.test.TestSmtp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data-access export and an erasure on the real context: the export holds every part the module stores, the
 * erasure removes the personal data, keeps every amount (the ledger verifies clean), is done once, and afterwards no
 * email reaches the customer.
 */
class PrivacyIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AccountFixture accounts = new AccountFixture();
    private final ShopFixture shop = new ShopFixture();
    private final PrivacyService privacy = LoyaltyTestContext.bean("blLoyaltyPrivacyService", PrivacyService.class);
    private final LoyaltyPointsService points = LoyaltyTestContext.bean("blLoyaltyPointsService",
            LoyaltyPointsService.class);
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
    void shouldExportEveryPartAndEraseThePersonalDataOnceKeepingEveryAmount() throws Exception {
        Customer rita = accounts.register("Rita", RegistrationDetails.none());
        String ritasCode = profileCode(rita);
        Customer erin = accounts.register("Erin", new RegistrationDetails(ritasCode, "1990-05-17", true));
        Order order = OpenEntityManager.call(() -> shop.paidCheckout(erin, "80.00", 1));
        OpenEntityManager.call(() -> LoyaltyTestContext.bean("blLoyaltyOrderFeedbackService",
                OrderFeedbackService.class).submit(order.getOrderNumber(), erin, "9", "5", "Erin loved the tent"));
        LoyaltyTestContext.bean("blLoyaltyPointsAdjustmentService", PointsAdjustmentService.class)
                .adjust(erin.getId(), "25", "Sorry for the late parcel to Erin's flat", "admin");
        long balanceBefore = points.getBalance(erin.getId());
        String erinsCode = profileCode(erin);

        JsonNode export = JSON.valueToTree(privacy.export(erin.getId(), "admin"));

        assertThat(export.path("customerId").asLong()).isEqualTo(erin.getId());
        assertThat(export.path("erasedAt").isNull()).isTrue();
        assertThat(export.path("ledger").path("account").path("balance").asLong()).isEqualTo(balanceBefore);
        assertThat(export.path("ledger").path("entries").findValuesAsText("reason"))
                .contains("Sorry for the late parcel to Erin's flat");
        assertThat(export.path("ledger").path("batches").size()).isPositive();
        assertThat(export.path("account").path("profile").path("birthDate").asText()).startsWith("1990-05-1");
        assertThat(export.path("account").path("profile").path("referralCode").asText()).isEqualTo(erinsCode);
        assertThat(export.path("account").path("referrals").get(0).path("role").asText()).isEqualTo("REFEREE");
        assertThat(export.toString()).doesNotContain(ritasCode).doesNotContain("\"" + rita.getId() + "\"");
        assertThat(export.path("feedback").get(0).path("comment").asText()).isEqualTo("Erin loved the tent");
        assertThat(export.path("tier").has("current")).isTrue();
        assertThat(export.path("segment").has("scored")).isTrue();
        assertThat(export.path("redemptions").isArray()).isTrue();
        assertThat(export.has("personalCodes") && export.has("apiTokens") && export.has("webhookMessages")).isTrue();

        ErasureReport erased = privacy.erase(erin.getId(), "admin");

        assertThat(erased.isAlreadyErased()).isFalse();
        assertThat(erased.getRecords()).containsEntry("feedback", 1L).containsEntry("account", 2L);
        assertThat(erased.getRecords().get("ledger")).isGreaterThanOrEqualTo(2L);
        assertThat(privacy.isErased(erin.getId())).isTrue();
        assertThat(privacy.isErased(rita.getId())).isFalse();
        assertThat(points.getBalance(erin.getId())).isEqualTo(balanceBefore);
        assertThat(points.getLedger(erin.getId())).extracting(PointsLedgerEntry::getReason)
                .containsOnly(PersonalRecords.ERASED);
        assertThat(LedgerChecks.mismatchesOf(erin.getId(), rita.getId())).isEmpty();

        JsonNode after = JSON.valueToTree(privacy.export(erin.getId(), "admin"));
        assertThat(after.path("erasedAt").asText()).isNotEmpty();
        assertThat(after.toString()).doesNotContain("Erin loved the tent").doesNotContain("late parcel")
                .doesNotContain(erinsCode);
        assertThat(after.path("account").path("profile").path("birthDate").isNull()).isTrue();
        assertThat(after.path("feedback").get(0).path("nps").asInt()).isEqualTo(9);
        // The link between Erin and the friend who referred her is cut on both sides.
        assertThat(JSON.valueToTree(privacy.export(rita.getId(), "admin")).path("account").path("referrals").size())
                .isZero();

        ErasureReport again = privacy.erase(erin.getId(), "someone else");
        assertThat(again.isAlreadyErased()).isTrue();
        assertThat(again.getErasedBy()).isEqualTo("admin");
        assertThat(again.getRecords()).isEmpty();
        assertThat(privacy.recentRequests(50)).filteredOn(r -> r.getCustomerId().equals(erin.getId()))
                .extracting(PrivacyRequest::getKind).extracting(Enum::name)
                .containsExactlyInAnyOrder("EXPORT", "ERASURE", "EXPORT");
    }

    @Test
    void shouldSendNoEmailToAnErasedCustomer() throws Exception {
        Customer kept = accounts.register("Kim", RegistrationDetails.none());
        Customer gone = accounts.register("Gus", RegistrationDetails.none());
        privacy.erase(gone.getId(), "admin");

        send(kept);
        send(gone);

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactly(kept.getEmailAddress());
    }

    private static void send(Customer customer) {
        EmailInfo email = LoyaltyTestContext.bean("blLoyaltyAnniversaryEmailInfo", EmailInfo.class);
        OpenEntityManager.call(() -> LoyaltyTestContext.bean("blLoyaltyEngagementMailService",
                EngagementMailService.class).send(new OutgoingMail(customer, MailCategory.GREETINGS,
                "PRIVACY-TEST:" + customer.getId(), email).with("points", 100L)));
    }

    private static String profileCode(Customer customer) {
        return OpenEntityManager.call(() -> LoyaltyTestContext.bean("blLoyaltyCustomerAccountService",
                CustomerAccountService.class).profileOf(customer).getReferralCode());
    }
}
