package com.broadleafloyalty.vip.broadleaf;

import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.OpenEntityManager;
import com.broadleafloyalty.test.ShopFixture;
import com.broadleafloyalty.test.SwitchableFailingPricingActivity;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The VIP pricing window on the real pricing workflow: it never outlives the pricing that opened it. */
class VipPricingContextIntegrationTest {

    private final ShopFixture shop = new ShopFixture();
    private final OrderService orderService = LoyaltyTestContext.bean("blOrderService", OrderService.class);

    @AfterEach
    void disarm() {
        SwitchableFailingPricingActivity.disarm();
        VipPricingContext.end();
    }

    @Test
    void shouldCloseTheWindowAfterASuccessfulPricing() {
        OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            Order cart = shop.cart(customer, 1, shop.productPriced("20.00"));
            orderService.save(cart, true);
            assertThat(VipPricingContext.customerId()).isNull();
            return null;
        });
    }

    @Test
    void shouldCloseTheWindowWhenPricingFailsAfterItOpened() {
        OpenEntityManager.call(() -> {
            Customer customer = shop.registeredCustomer();
            Order cart = shop.cart(customer, 1, shop.productPriced("20.00"));
            SwitchableFailingPricingActivity.failNextPricing();
            assertThatThrownBy(() -> orderService.save(cart, true)).hasStackTraceContaining("Simulated pricing failure");
            // The pooled thread carries no customer into the next request's offer filtering.
            assertThat(VipPricingContext.customerId()).isNull();
            return null;
        });
    }
}
