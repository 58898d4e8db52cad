package com.broadleafloyalty.demo.web;

import com.broadleafloyalty.demo.DemoDatabase;
import com.broadleafloyalty.demo.DemoShop;
import com.broadleafloyalty.demo.seed.DemoCustomers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo cart's reward catalog over HTTP: redeem a free product and a discount, check out, see the ledger. */
class RewardRedemptionHttpTest {

    private static DemoShop shop;

    @BeforeAll
    static void startShop() throws Exception {
        shop = DemoShop.start("127.0.0.1", 0, DemoDatabase.inMemory("rewards"), false);
    }

    @AfterAll
    static void stopShop() throws Exception {
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    void shouldRedeemRewardsFromTheCatalogAndPayThemWithPoints() throws Exception {
        Shopper dana = new Shopper(shop.baseUrl());
        dana.logIn(DemoCustomers.SHOPPERS[0][0], DemoCustomers.SHOPPERS[0][1]);
        Document cart = dana.submit(dana.open("/"), "form[action=/cart/add]", "quantity", "1");
        assertThat(cart.select(".loyalty-reward-catalog tr[data-reward-id]")).hasSize(4);

        Document withBeanie = dana.submit(cart, "tr:contains(Free Merino Beanie) form.loyalty-reward-redeem-form");
        assertThat(withBeanie.select(".cart-item .cart-item-title").eachText()).contains("Merino Beanie");
        assertThat(withBeanie.select("tr:contains(Free Merino Beanie) form.loyalty-reward-remove-form")).hasSize(1);
        // 500 - 300 reserved for the beanie: the 10% voucher (150) is still affordable, the beanie cannot be taken twice.
        assertThat(withBeanie.selectFirst(".loyalty-redeem .loyalty-available").text()).isEqualTo("200");

        Document discounted = dana.submit(withBeanie, "tr:contains(5.00 off your order) form.loyalty-reward-redeem-form");
        assertThat(discounted.selectFirst(".summary-discounts .amount").text()).isEqualTo("$5.00");
        // The backpack (89.90) and the free beanie, less 5.00
        assertThat(discounted.selectFirst(".summary-total .amount").text()).isEqualTo("$84.90");
        assertThat(discounted.selectFirst(".loyalty-redeem .loyalty-available").text()).isEqualTo("150");
        assertThat(discounted.selectFirst("tr:contains(10% off your order) .loyalty-reward-redeem-form")).isNotNull();

        Document checkout = dana.chooseShipping("standard");
        // ... plus standard shipping (5.95)
        assertThat(checkout.selectFirst(".summary-total .amount").text()).isEqualTo("$90.85");
        Document confirmation = dana.submit(checkout, "form.checkout-form", "demoWallet", "dana's wallet");
        assertThat(confirmation.selectFirst(".summary-total .amount").text()).isEqualTo("$90.85");

        Document after = dana.open("/account/loyalty");
        assertThat(after.selectFirst(".loyalty-available").text()).isEqualTo("150");
        assertThat(after.select(".loyalty-ledger-points").eachText()).contains("-300", "-50", "+500");
    }

    @Test
    void shouldOfferOnlyTheRewardsThePointsLeftAfterThoseAppliedCanPay() throws Exception {
        Shopper shopper = new Shopper(shop.baseUrl());
        shopper.register("left-" + System.nanoTime() + "@example.com", "secret123"); // 100 sign-up points
        Document cart = shopper.submit(shopper.open("/"), "form[action=/cart/add]", "quantity", "1");
        assertThat(cart.selectFirst(".demo-points-left").text()).isEqualTo("Points left for rewards: 100");
        assertThat(redeemable(cart)).containsExactly("5.00 off your order", "Free shipping");

        Document sixty = shopper.submit(cart, "form.loyalty-redeem-form", "points", "60");
        assertThat(sixty.selectFirst(".loyalty-applied-points").text()).isEqualTo("60");
        assertThat(sixty.selectFirst(".demo-points-left").text()).isEqualTo("Points left for rewards: 40");
        assertThat(redeemable(sixty)).isEmpty();
        assertThat(sixty.selectFirst("tr:contains(5.00 off your order) .loyalty-reward-unavailable").text())
                .isEqualTo("Not enough points");

        Document twenty = shopper.submit(sixty, "form.loyalty-redeem-form", "points", "20");
        assertThat(twenty.selectFirst(".demo-points-left").text()).isEqualTo("Points left for rewards: 80");
        assertThat(redeemable(twenty)).containsExactly("5.00 off your order", "Free shipping");
        Document shipping = shopper.submit(twenty, "tr:contains(Free shipping) form.loyalty-reward-redeem-form");
        assertThat(shipping.select(".loyalty-reward-error")).isEmpty();
        assertThat(shipping.selectFirst(".demo-points-left").text()).isEqualTo("Points left for rewards: 0");
        assertThat(redeemable(shipping)).isEmpty();
    }

    private static java.util.List<String> redeemable(Document cart) {
        return cart.select(".loyalty-reward-catalog tr:has(form.loyalty-reward-redeem-form) td:first-child strong")
                .eachText();
    }
}
