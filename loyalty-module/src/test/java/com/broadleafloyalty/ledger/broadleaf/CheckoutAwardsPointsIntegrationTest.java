package com.broadleafloyalty.ledger.broadleaf;

import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.test.SwitchableFailingActivity;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real checkout workflow with the module installed: points are awarded once, and rolled back with checkout. */
class CheckoutAwardsPointsIntegrationTest {

    private final ShopFixture shop = new ShopFixture();
    private final LoyaltyPointsService points =
            LoyaltyTestContext.bean("blLoyaltyPointsService", LoyaltyPointsService.class);

    @AfterEach
    void disarm() {
        SwitchableFailingActivity.disarm();
    }

    @ParameterizedTest(name = "{1} x {0} earns {2} points")
    @CsvSource({
        "100.00, 1, 10",
        "99.99, 1, 9",
        "9.99, 1, 0",
        "10.00, 1, 1",
        "109.99, 1, 10",
        "33.33, 3, 9",
        "250.50, 2, 50"
    })
    void shouldAwardPointsForCompletedOrderRoundedDown(String price, int quantity, long expected) {
        OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            Order order = shop.paidCheckout(customer, price, quantity);

            assertThat(order.getStatus()).isEqualTo(OrderStatus.SUBMITTED);
            assertThat(points.pointsEarnedForOrder(order.getId())).isEqualTo(expected);
            assertThat(points.getBalance(customer.getId())).isEqualTo(expected);
            List<PointsLedgerEntry> ledger = points.getLedger(customer.getId());
            assertThat(ledger).hasSize(expected == 0 ? 0 : 1);
            if (expected > 0) {
                PointsLedgerEntry entry = ledger.get(0);
                assertThat(entry.getEntryType()).isEqualTo(PointsEntryType.EARN);
                assertThat(entry.getSourceId()).isEqualTo(order.getId());
                assertThat(entry.getRuleSnapshot()).startsWith("10 points per 100");
                assertThat(entry.getReason()).isEqualTo("Order " + order.getOrderNumber());
            }
            return null;
        });
    }

    @Test
    void shouldShowThePreviewTheCheckoutThenAwards() {
        OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            Order cart = shop.cart(customer, 2, shop.productPriced("45.50"), shop.productPriced("19.99"));
            long preview = points.previewPoints(cart);
            Order order = shop.checkout(shop.payInFull(cart));
            assertThat(preview).isEqualTo(13L);
            assertThat(points.pointsEarnedForOrder(order.getId())).isEqualTo(preview);
            return null;
        });
    }

    @Test
    void shouldLeaveNoLedgerRowWhenALaterActivityFails() {
        OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            Order cart = shop.payInFull(shop.cart(customer, 1, shop.productPriced("500.00")));
            SwitchableFailingActivity.failNextCheckout();

            assertThatThrownBy(() -> shop.checkout(cart)).isInstanceOf(CheckoutException.class);

            assertThat(points.getLedger(customer.getId())).isEmpty();
            assertThat(points.getBalance(customer.getId())).isZero();
            return null;
        });
    }

    @Test
    void shouldNotAwardTheSameOrderTwice() {
        OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            Order order = shop.paidCheckout(customer, "200.00", 1);

            PointsLedgerEntry again = points.awardPointsForOrder(order);

            assertThat(again.getPoints()).isEqualTo(20L);
            assertThat(points.getLedger(customer.getId())).hasSize(1);
            assertThat(points.getBalance(customer.getId())).isEqualTo(20L);
            return null;
        });
    }

    @Test
    void shouldNotAwardGuestOrders() {
        OpenEntityManager.call(() -> {
            Customer guest = shop.guestCustomer();
            Order order = shop.paidCheckout(guest, "300.00", 1);

            assertThat(points.pointsEarnedForOrder(order.getId())).isZero();
            assertThat(points.getBalance(guest.getId())).isZero();
            return null;
        });
    }
}
