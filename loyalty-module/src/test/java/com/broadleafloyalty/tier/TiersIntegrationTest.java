package com.broadleafloyalty.tier;

import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.Messages;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.test.SwitchableFailingActivity;
import com.broadleafloyalty.test.WebhookWatch;
import com.broadleafloyalty.tier.core.TierDecision;
import com.broadleafloyalty.tier.core.TierDefinition;
import com.broadleafloyalty.tier.core.TierSetupProblem;
import com.broadleafloyalty.tier.domain.TierChange;
import com.broadleafloyalty.tier.service.LoyaltyTierService;
import com.broadleafloyalty.tier.service.TierStatus;
import com.broadleafloyalty.webhook.domain.WebhookMessage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tiers through the real checkout workflow, ledger and nightly evaluation on the real Broadleaf context. */
class TiersIntegrationTest {

    private static final Log LOG = LogFactory.getLog(TiersIntegrationTest.class);
    private static final long DAY = 86_400_000L;

    private final ShopFixture shop = new ShopFixture();
    private final LoyaltyTierService tiers = TestTiers.service();
    private final LoyaltyPointsService points = LoyaltyTestContext.bean("blLoyaltyPointsService", LoyaltyPointsService.class);

    @BeforeEach
    void defineTiers() {
        TestTiers.removeAll();
        TestTiers.define("Bronze", 0, "0", "1", "Member prices");
        TestTiers.define("Silver", 50, "400.00", "1.5", "Free shipping\nEarly access to sales");
        TestTiers.define("Gold", 500, "4000.00", "2", "Personal shopper");
    }

    @AfterEach
    void removeTiers() {
        SwitchableFailingActivity.disarm();
        SystemTime.reset();
        TestTiers.removeAll();
    }

    @Test
    void shouldReplaceTheWholeLadderOrChangeNothingWhenItIsNotValid() {
        List<TierSetupProblem> refused = tiers.replaceTiers(Arrays.asList(TierDefinition.of("Starter", 0, "0", "1"),
                TierDefinition.of("starter", 10, "100", "2")));
        assertThat(refused).isNotEmpty();
        assertThat(Messages.english(refused.get(0).getText())).contains("There is already a tier named \"Starter\"");
        assertThat(tiers.ladder().getTiers()).extracting(TierDefinition::getName).containsExactly("Bronze", "Silver", "Gold");
        List<TierSetupProblem> tooHigh = tiers.replaceTiers(Arrays.asList(TierDefinition.of("Starter", 0, "0", "1"),
                TierDefinition.of("Champion", 1000, "10000.00", "1e9")));
        assertThat(tooHigh).extracting(problem -> Messages.english(problem.getText()))
                .containsExactly("The earning multiplier can be at most 10, got 1000000000.");
        assertThat(tiers.ladder().getTiers()).extracting(TierDefinition::getName).containsExactly("Bronze", "Silver", "Gold");

        assertThat(tiers.replaceTiers(Arrays.asList(TierDefinition.of("Starter", 0, "0", "1"),
                TierDefinition.of("Champion", 1000, "10000.00", "3")))).isEmpty();

        assertThat(tiers.ladder().getTiers()).extracting(TierDefinition::getName).containsExactly("Starter", "Champion");
        assertThat(tiers.ladder().getTiers().get(1).getMultiplier()).isEqualByComparingTo("3");
    }

    @Test
    void shouldUpgradeAtTheAwardThatCrossesAThresholdAndWriteHistory() {
        OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            try (WebhookWatch watch = new WebhookWatch("tier.changed")) {
                shop.paidCheckout(customer, "500.00", 1);

                assertThat(watch.about(customer.getId())).extracting(WebhookMessage::getEventType)
                        .containsExactly("tier.changed");
                assertThat(watch.about(customer.getId()).get(0).getPayload())
                        .contains("\"from\":null", "\"to\":\"Silver\"", "\"direction\":\"UPGRADE\"");
            }
            assertThat(tiers.currentTierName(customer.getId())).isEqualTo("Silver");
            List<TierChange> history = tiers.history(customer.getId());
            assertThat(history).hasSize(1);
            assertThat(history.get(0).getFromTier()).isNull();
            assertThat(history.get(0).getToTier()).isEqualTo("Silver");
            assertThat(history.get(0).getReason()).startsWith("Order ")
                    .contains("50 points, 500.00 spend in the last 12 months reach Silver (50 points or 400.00 spend)");
            assertThat(tiers.atLeast(customer.getId(), "bronze")).isTrue();
            assertThat(tiers.atLeast(customer.getId(), "Gold")).isFalse();
            assertThat(tiers.atLeast(customer.getId(), "Platinum")).isFalse();
            return null;
        });
    }

    @Test
    void shouldApplyTheTierMultiplierToTheNextOrdersAwardAndRecordItInTheSnapshot() {
        OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            Order first = shop.paidCheckout(customer, "500.00", 1);
            Order second = shop.paidCheckout(customer, "100.00", 1);

            assertThat(points.pointsEarnedForOrder(first.getId())).isEqualTo(50);
            assertThat(points.pointsEarnedForOrder(second.getId())).isEqualTo(15);
            PointsLedgerEntry award = points.getLedger(customer.getId()).get(0);
            assertThat(award.getRuleSnapshot()).contains("tier Silver x1.5");
            return null;
        });
    }

    @Test
    void shouldUndoTheUpgradeWhenALaterActivityFailsTheCheckout() {
        OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            shop.paidCheckout(customer, "100.00", 1);
            Order cart = shop.payInFull(shop.cart(customer, 1, shop.productPriced("450.00")));
            SwitchableFailingActivity.failNextCheckout();

            assertThatThrownBy(() -> shop.checkout(cart)).isInstanceOf(CheckoutException.class);

            assertThat(tiers.currentTierName(customer.getId())).isEqualTo("Bronze");
            assertThat(tiers.history(customer.getId())).extracting(TierChange::getToTier).containsExactly("Bronze");
            assertThat(tiers.status(customer.getId()).getActivity().getPoints()).isEqualTo(10);
            assertThat(tiers.status(customer.getId()).getActivity().getSpend()).isEqualByComparingTo("100.00");
            return null;
        });
    }

    @Test
    void shouldShowTheProgressToTheNextTier() {
        OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            shop.paidCheckout(customer, "500.00", 1);
            shop.paidCheckout(customer, "100.00", 1);

            TierStatus status = tiers.status(customer.getId());

            assertThat(status.getTierName()).isEqualTo("Silver");
            assertThat(status.getPerks()).containsExactly("Free shipping", "Early access to sales");
            assertThat(Messages.english(status.getProgressText()))
                    .isEqualTo("Spend $3,400.00 more or earn 435 more points to reach Gold.");
            assertThat(status.getPercentToNext()).isBetween(1, 99);
            return null;
        });
    }

    @Test
    void shouldDowngradeInTheNightlyJobOnlyAfterTheGracePeriod() {
        Long customerId = OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            shop.paidCheckout(customer, "500.00", 1);
            return customer.getId();
        });
        long start = System.currentTimeMillis();

        TierDecision today = tiers.evaluate(customerId);
        at(start + 400 * DAY);
        TierDecision afterWindow = tiers.evaluate(customerId);
        at(start + 429 * DAY);
        TierDecision inGrace = tiers.evaluate(customerId);
        String tierInGrace = tiers.currentTierName(customerId);
        at(start + 431 * DAY);
        int evaluated = tiers.evaluateEveryone();

        assertThat(today.getKind()).isEqualTo(TierDecision.Kind.STAY);
        assertThat(afterWindow.getKind()).isEqualTo(TierDecision.Kind.START_GRACE);
        assertThat(inGrace.getKind()).isEqualTo(TierDecision.Kind.STAY);
        assertThat(tierInGrace).isEqualTo("Silver");
        assertThat(evaluated).isPositive();
        assertThat(tiers.currentTierName(customerId)).isEqualTo("Bronze");
        List<TierChange> history = tiers.history(customerId);
        assertThat(history).extracting(TierChange::getToTier).containsExactly("Bronze", "Silver");
        assertThat(history.get(0).getFromTier()).isEqualTo("Silver");
        assertThat(history.get(0).getReason()).startsWith("Nightly evaluation: grace period of 30 days over; "
                + "0 points, 0.00 spend in the last 12 months qualify for Bronze");
    }

    @Test
    void shouldGiveEveryRegisteredCustomerATierInTheNightlyJobAndRunTwiceHarmlessly() {
        Long customerId = OpenEntityManager.call(() -> shop.registeredCustomer().getId());

        tiers.evaluateEveryone();
        tiers.evaluateEveryone();

        assertThat(tiers.currentTierName(customerId)).isEqualTo("Bronze");
        assertThat(tiers.history(customerId)).hasSize(1);
    }

    @Test
    void shouldReadTheTierRowOnceAndWriteItOnceForAnOrder() {
        OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            shop.paidCheckout(customer, "30.00", 1);
            Order cart = shop.payInFull(shop.cart(customer, 1, shop.productPriced("30.00")));
            points.previewPoints(cart); // loads the cart's lines; then forget the tier row, as a new request would
            TestTiers.forgetTierRow(customer.getId());
            Statistics statistics = TestTiers.statistics();
            long before = statistics.getPrepareStatementCount();

            // What the award (its multiplier lookup) and the tier activity do in one checkout request.
            long preview = points.previewPoints(cart);
            tiers.recordOrder(customer.getId(), cart.getId(), preview, cart.getSubTotal().getAmount());
            long statements = statistics.getPrepareStatementCount() - before;

            LOG.info("Tier work of one checkout: " + statements + " SQL statements");
            assertThat(statements).isEqualTo(2);
            assertThat(tiers.status(customer.getId()).getActivity().getPoints()).isEqualTo(6);
            return null;
        });
    }

    private static void at(long millis) {
        SystemTime.setGlobalTimeSource(new FixedTimeSource(millis));
    }
}
