package com.broadleafloyalty.demo.web;

import com.broadleafloyalty.demo.DemoDatabase;
import com.broadleafloyalty.demo.DemoShop;
import com.broadleafloyalty.demo.seed.DemoCustomers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Paying with points in the demo shop's cart, over HTTP: apply, see the discount, check out, see the ledger. */
class PointsRedemptionHttpTest {

    private static DemoShop shop;

    @BeforeAll
    static void startShop() throws Exception {
        shop = DemoShop.start("127.0.0.1", 0, DemoDatabase.inMemory("redemption"), false);
    }

    @AfterAll
    static void stopShop() throws Exception {
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    void shouldPayPartOfAnOrderWithPointsAndShowItEverywhere() throws Exception {
        Shopper dana = new Shopper(shop.baseUrl());
        dana.logIn(DemoCustomers.SHOPPERS[0][0], DemoCustomers.SHOPPERS[0][1]);
        Document myLoyalty = dana.open("/account/loyalty");
        assertThat(myLoyalty.selectFirst(".loyalty-available").text()).isEqualTo("500");

        Document cart = dana.submit(dana.open("/"), "form[action=/cart/add]", "quantity", "2");
        assertThat(cart.selectFirst(".loyalty-redeem .loyalty-available").text()).isEqualTo("500");

        Document refused = dana.submit(cart, "form.loyalty-redeem-form", "points", "501");
        assertThat(refused.selectFirst(".loyalty-redeem-error").text()).contains("You have 500 points available");
        Document wrong = dana.submit(refused, "form.loyalty-redeem-form", "points", "ten");
        assertThat(wrong.selectFirst(".loyalty-redeem-error").text()).contains("not a whole number");
        assertThat(wrong.select(".loyalty-redeem-applied")).isEmpty();

        Document applied = dana.submit(wrong, "form.loyalty-redeem-form", "points", "250");
        assertThat(applied.selectFirst(".loyalty-applied-points").text()).isEqualTo("250");
        assertThat(applied.selectFirst(".summary-points .amount").text()).isEqualTo("$25.00");
        assertThat(applied.select(".summary-discounts")).isEmpty();
        // 2 x 89.90 = 179.80, less 25.00 paid with points; shipping is chosen at checkout
        assertThat(applied.selectFirst(".summary-total .amount").text()).isEqualTo("$154.80");

        Document checkout = dana.chooseShipping("standard");
        // ... plus standard shipping (5.95)
        assertThat(checkout.selectFirst(".summary-total .amount").text()).isEqualTo("$160.75");
        Document confirmation = dana.submit(checkout, "form.checkout-form", "demoWallet", "dana's wallet");
        assertThat(confirmation.selectFirst(".summary-total .amount").text()).isEqualTo("$160.75");
        assertThat(confirmation.selectFirst(".loyalty-order-points .loyalty-points").text()).isEqualTo("15");

        Document after = dana.open("/account/loyalty");
        assertThat(after.selectFirst(".loyalty-available").text()).isEqualTo("250");
        assertThat(after.selectFirst(".loyalty-pending").text()).isEqualTo("15");
        assertThat(after.selectFirst(".loyalty-balance").text()).isEqualTo("265");
        assertThat(after.select(".loyalty-ledger-points").eachText()).containsExactlyInAnyOrder("+15", "-250", "+500");
    }
}
