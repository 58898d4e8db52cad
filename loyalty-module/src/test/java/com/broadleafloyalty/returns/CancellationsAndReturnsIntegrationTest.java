package com.broadleafloyalty.returns;

import com.broadleafloyalty.ledger.core.ClawbackPolicy;
import com.broadleafloyalty.ledger.core.EarningRate;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.LoyaltyPointsServiceImpl;
import com.broadleafloyalty.ledger.service.LoyaltyProgram;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.redemption.service.RedemptionService;
import com.broadleafloyalty.returns.service.LoyaltyReturnService;
import com.broadleafloyalty.returns.service.ReturnOutcome;
import com.broadleafloyalty.returns.service.ReturnRefusedException;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.Messages;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Cancellations and partial returns on real Broadleaf orders: clawback once, with the award's own rule. */
class CancellationsAndReturnsIntegrationTest {

    private final ShopFixture shop = new ShopFixture();
    private final LoyaltyReturnService returns = LoyaltyTestContext.bean("blLoyaltyReturnService", LoyaltyReturnService.class);
    private final LoyaltyPointsService points = LoyaltyTestContext.bean("blLoyaltyPointsService", LoyaltyPointsService.class);
    private final PointsLedger ledger = LoyaltyTestContext.bean("blLoyaltyPointsLedger", PointsLedger.class);
    private final LoyaltyProgram program = LoyaltyTestContext.bean("blLoyaltyProgram", LoyaltyProgram.class);

    @AfterEach
    void restoreSettings() {
        program.setClawbackPolicy(ClawbackPolicy.ALLOW_NEGATIVE);
        pointsTarget().setEarningRate(EarningRate.tenPerHundred());
    }

    @Test
    void shouldClawBackTheAwardAndRestoreRedeemedPointsOnCancellationExactlyOnce() {
        OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            shop.grantPoints(customer, 100);
            RedemptionService redemption = LoyaltyTestContext.bean("blLoyaltyRedemptionService",
                    RedemptionService.class);
            Order cart = redemption.applyPoints(shop.cart(customer, 2, shop.productPriced("105.00")), "100");
            Order order = shop.checkout(shop.payInFull(cart));
            assertThat(points.getBalance(customer.getId())).isEqualTo(100 - 100 + 20);

            ReturnOutcome first = returns.cancelOrder(order.getId(), "admin-jane");
            ReturnOutcome replay = returns.cancelOrder(order.getId(), "admin-jane");

            assertThat(first.getPointsClawedBack()).isEqualTo(20);
            assertThat(first.getPointsRestored()).isEqualTo(100);
            assertThat(replay.isAlreadyRecorded()).isTrue();
            assertThat(points.getBalance(customer.getId())).isEqualTo(100);
            assertThat(shop.reload(order).getStatus()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(points.getLedger(customer.getId())).filteredOn(e -> e.getEntryType() == PointsEntryType.CLAWBACK)
                    .extracting(PointsLedgerEntry::getActor).containsExactly("admin-jane");
            return null;
        });
    }

    @Test
    void shouldClawBackPartialReturnsProportionallyWithTheOriginalRule() {
        OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            Order order = shop.checkout(shop.payInFull(shop.cart(customer, 3, shop.productPriced("30.00"),
                    shop.productPriced("15.00"))));
            Long first = item(order, "30.00");
            Long second = item(order, "15.00");
            assertThat(points.pointsEarnedForOrder(order.getId())).isEqualTo(13);
            pointsTarget().setEarningRate(new EarningRate(50, new BigDecimal("100")));

            ReturnOutcome one = returns.returnItems(order.getId(), "RMA-1", quantities(first, 1), "admin");
            ReturnOutcome oneAgain = returns.returnItems(order.getId(), "RMA-1", quantities(first, 1), "admin");
            ReturnOutcome rest = returns.returnItems(order.getId(), "RMA-2", quantities(first, 2, second, 3), "admin");

            assertThat(one.getPointsClawedBack()).isEqualTo(3);
            assertThat(oneAgain.isAlreadyRecorded()).isTrue();
            assertThat(rest.getPointsClawedBack()).isEqualTo(10);
            assertThat(points.getBalance(customer.getId())).isZero();
            return null;
        });
    }

    @Test
    void shouldGoNegativeOrRecordAShortfallWhenTheEarnedPointsWereSpent() {
        OpenEntityManager.call(() -> {
            Customer spender = shop.registeredCustomer();
            Order order = shop.paidCheckout(spender, "200.00", 1);
            spend(spender, 20);
            returns.cancelOrder(order.getId(), "admin");
            assertThat(points.getBalance(spender.getId())).isEqualTo(-20);

            program.setClawbackPolicy(ClawbackPolicy.CAP_AT_ZERO);
            Customer capped = shop.registeredCustomer();
            Order other = shop.paidCheckout(capped, "200.00", 1);
            spend(capped, 15);
            ReturnOutcome outcome = returns.cancelOrder(other.getId(), "admin");

            assertThat(outcome.getPointsClawedBack()).isEqualTo(5);
            assertThat(outcome.getShortfall()).isEqualTo(15);
            assertThat(points.getBalance(capped.getId())).isZero();
            return null;
        });
    }

    @Test
    void shouldRefuseImpossibleReturnsAndRecordNothing() {
        OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            Order order = shop.paidCheckout(customer, "100.00", 2);
            Long item = order.getOrderItems().get(0).getId();

            String name = order.getOrderItems().get(0).getName();
            assertThat(Messages.englishRefusal(
                    () -> returns.returnItems(order.getId(), "R1", quantities(item + 999, 1), "a")))
                    .isEqualTo("Order " + order.getOrderNumber() + " has no line " + (item + 999) + ".");
            assertThat(Messages.englishRefusal(() -> returns.returnItems(order.getId(), "R1", quantities(item, 0), "a")))
                    .isEqualTo("The quantity returned of \"" + name + "\" must be more than zero.");
            assertThat(Messages.englishRefusal(() -> returns.returnItems(order.getId(), "R1", quantities(item, 3), "a")))
                    .isEqualTo("\"" + name + "\" has 2 units left to return; you entered 3.");
            assertThat(Messages.refusalIn(Messages.POLISH,
                    () -> returns.returnItems(order.getId(), "R1", quantities(item, 3), "a")))
                    .isEqualTo("Z „" + name + "” do zwrotu pozostały 2 sztuki; wpisano 3.");
            assertThat(Messages.englishRefusal(() -> returns.returnItems(order.getId(), " ", quantities(item, 1), "a")))
                    .contains("reference");
            assertThat(Messages.englishRefusal(() -> returns.cancelOrder(-42L, "a"), ReturnRefusedException.class))
                    .isEqualTo("There is no order -42.");
            assertThat(points.getBalance(customer.getId())).isEqualTo(20);
            assertThat(returns.returnItems(order.getId(), "R1", quantities(item, 2), "a").getPointsClawedBack())
                    .isEqualTo(20);
            return null;
        });
    }

    private static LoyaltyPointsServiceImpl pointsTarget() {
        return LoyaltyTestContext.target("blLoyaltyPointsService", LoyaltyPointsServiceImpl.class);
    }

    private void spend(Customer customer, long amount) {
        ledger.debit(Posting.of(customer.getId(), PointsEntryType.REDEEM, amount, PointsLedgerEntry.SOURCE_ADMIN,
                System.nanoTime()).reason("Spent in test"));
    }

    private static Long item(Order order, String price) {
        for (OrderItem item : order.getOrderItems()) {
            if (item.getPrice().getAmount().compareTo(new BigDecimal(price)) == 0) {
                return item.getId();
            }
        }
        throw new AssertionError("No item priced " + price);
    }

    private static Map<Long, Integer> quantities(Object... idsAndQuantities) {
        Map<Long, Integer> map = new HashMap<Long, Integer>();
        for (int i = 0; i < idsAndQuantities.length; i += 2) {
            map.put((Long) idsAndQuantities[i], (Integer) idsAndQuantities[i + 1]);
        }
        return idsAndQuantities.length == 0 ? Collections.<Long, Integer>emptyMap() : map;
    }
}
