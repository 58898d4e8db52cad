package com.broadleafloyalty.demo.web;

import com.broadleafloyalty.demo.DemoDatabase;
import com.broadleafloyalty.demo.DemoShop;
import com.broadleafloyalty.demo.seed.DemoCustomers;
import com.broadleafloyalty.redemption.service.RedemptionService;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.SequenceProcessor;
import org.broadleafcommerce.core.workflow.state.ActivityStateManagerImpl;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.context.ContextLoader;

import java.io.File;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop that dies in the middle of a checkout, on its file database: after the restart the cart still holds the
 * products, the points and the free reward line; when the shopper comes back only after the reservations timed out,
 * the cart says the points went back to their balance and takes the reward line out, instead of dropping them
 * silently.
 */
class CheckoutCrashHttpTest {

    @TempDir
    File dataDir;

    @AfterEach
    void realTime() {
        SystemTime.resetGlobalTimeSource();
    }

    @Test
    void shouldKeepOrTellThePointsOfACheckoutTheShopDiedIn() throws Exception {
        try (DemoShop shop = DemoShop.start("127.0.0.1", 0, DemoDatabase.inFolder(dataDir), false)) {
            Shopper dana = new Shopper(shop.baseUrl());
            dana.logIn(DemoCustomers.SHOPPERS[0][0], DemoCustomers.SHOPPERS[0][1]);
            Document cart = ShopHttpTest.add(dana, "1", 1);
            cart = dana.submit(cart, "form.loyalty-redeem-form", "points", "100");
            dana.submit(cart, "tr:contains(Free Merino Beanie) form.loyalty-reward-redeem-form");
            dieAfterThePaymentIsConfirmed();

            dana.checkOut("dana's wallet");
            assertThat(dana.lastUrl()).doesNotContain("/confirmation/");
        }

        try (DemoShop shop = DemoShop.start("127.0.0.1", 0, DemoDatabase.inFolder(dataDir), false)) {
            Shopper dana = new Shopper(shop.baseUrl());
            dana.logIn(DemoCustomers.SHOPPERS[0][0], DemoCustomers.SHOPPERS[0][1]);
            Document kept = dana.open("/cart");
            assertThat(kept.select(".cart-item .cart-item-title").eachText())
                    .containsExactly("Trail Backpack 30L", "Merino Beanie");
            assertThat(kept.selectFirst(".loyalty-applied-points").text()).isEqualTo("100");
            assertThat(ShopHttpTest.amount(kept, "points")).isEqualByComparingTo("10.00");
            assertThat(kept.select(".loyalty-returned")).isEmpty();

            // The shopper comes back two hours later: the release job has given the reservations back meanwhile.
            SystemTime.setGlobalTimeSource(new FixedTimeSource(System.currentTimeMillis() + 2 * 3_600_000L));
            assertThat(storefrontBean("blLoyaltyRedemptionService", RedemptionService.class).releaseAbandoned())
                    .isEqualTo(2);
            SystemTime.resetGlobalTimeSource();

            Document told = dana.open("/cart");
            assertThat(told.selectFirst(".loyalty-returned-points").text()).startsWith(
                    "Points returned to your balance: 400.");
            assertThat(told.selectFirst(".loyalty-returned-rewards").text())
                    .isEqualTo("Taken out of your cart and returned to your points: Free Merino Beanie.");
            assertThat(told.select(".cart-item .cart-item-title").eachText()).containsExactly("Trail Backpack 30L");
            assertThat(told.select(".summary-points")).isEmpty();
            assertThat(told.selectFirst(".loyalty-redeem .loyalty-available").text()).isEqualTo("500");
            assertThat(dana.open("/cart").select(".loyalty-returned")).as("told once").isEmpty();

            Document confirmation = dana.checkOut("dana's wallet");
            assertThat(dana.lastUrl()).contains("/confirmation/");
            assertThat(ShopHttpTest.amount(confirmation, "total")).isEqualByComparingTo("95.85");
            assertThat(dana.open("/account/loyalty").selectFirst(".loyalty-available").text()).isEqualTo("500");
        }
    }

    /**
     * The next checkout stops right after Broadleaf confirmed the payment, as a process killed there would: nothing
     * after it runs, and nothing is rolled back.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void dieAfterThePaymentIsConfirmed() {
        SequenceProcessor checkout = storefrontBean("blCheckoutWorkflow", SequenceProcessor.class);
        List<Activity> activities = (List) checkout.getActivities();
        int after = 0;
        for (int i = 0; i < activities.size(); i++) {
            if (activities.get(i).getClass().getSimpleName().equals("ValidateAndConfirmPaymentActivity")) {
                after = i + 1;
            }
        }
        assertThat(after).isPositive();
        activities.add(after, new BaseActivity<ProcessContext<CheckoutSeed>>() {
            @Override
            public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) {
                ActivityStateManagerImpl.getStateManager().clearAllState();
                throw new IllegalStateException("The shop died here");
            }
        });
    }

    private static <T> T storefrontBean(String name, Class<T> type) {
        return ContextLoader.getCurrentWebApplicationContext().getBean(name, type);
    }
}
