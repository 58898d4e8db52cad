package com.broadleafloyalty.demo.web;

import com.broadleafloyalty.demo.DemoDatabase;
import com.broadleafloyalty.demo.DemoShop;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's tiers (Bronze 0, Silver 50 points or 500.00, Gold 150 or 1500.00) as a shopper meets them over HTTP. */
class TiersHttpTest {

    private static DemoShop shop;

    @BeforeAll
    static void startShop() throws Exception {
        shop = DemoShop.start("127.0.0.1", 0, DemoDatabase.inMemory("tiers"), false);
    }

    @AfterAll
    static void stopShop() throws Exception {
        shop.close();
    }

    @Test
    void shouldShowTheTierItsProgressAndPerksAndEarnTheMultiplierAfterAnUpgrade() throws Exception {
        Shopper shopper = new Shopper(shop.baseUrl());
        shopper.register("tiers-" + System.nanoTime() + "@example.com", "secret123");

        buyStoves(shopper, 3); // 387.00: 38 points
        Document bronze = shopper.open("/account/loyalty");
        assertThat(bronze.selectFirst(".loyalty-tier-name").text()).isEqualTo("Bronze");
        assertThat(bronze.selectFirst(".loyalty-tier-progress").text())
                .isEqualTo("Spend $113.00 more or earn 12 more points to reach Silver.");
        assertThat(Integer.parseInt(bronze.selectFirst("progress.loyalty-tier-bar").attr("value"))).isBetween(1, 99);
        assertThat(bronze.select(".loyalty-tier-perks li").eachText()).containsExactly("Member-only offers");

        buyStoves(shopper, 1); // 129.00: 12 points, 50 in all: Silver
        Document silver = shopper.open("/account/loyalty");
        assertThat(silver.selectFirst(".loyalty-tier-name").text()).isEqualTo("Silver");
        assertThat(silver.selectFirst(".loyalty-tier-multiplier").text())
                .isEqualTo("Every order earns 1.25 times the points.");
        assertThat(silver.selectFirst(".loyalty-tier-progress").text())
                .isEqualTo("Spend $984.00 more or earn 100 more points to reach Gold.");
        assertThat(silver.select(".loyalty-tier-perks li").eachText())
                .containsExactly("Free shipping on orders over 50.00");

        Document cart = addStoves(shopper, 1); // 129.00 x1.25 = 16.125: 16 points
        assertThat(cart.selectFirst(".loyalty-cart-points .loyalty-points").text()).isEqualTo("16");
    }

    @Test
    void shouldShipSilverOrdersOver50ForFreeAndOthersAtTheirPrice() throws Exception {
        Shopper shopper = new Shopper(shop.baseUrl());
        shopper.register("perk-" + System.nanoTime() + "@example.com", "secret123");
        addProduct(shopper, "2", 1); // a bottle, 24.50: a Bronze shopper pays shipping
        assertThat(ShopHttpTest.amount(shopper.chooseShipping("standard"), "shipping")).isEqualByComparingTo("5.95");
        shopper.checkOut("my wallet");
        buyStoves(shopper, 4); // 516.00: Silver
        assertThat(shopper.open("/account/loyalty").selectFirst(".loyalty-tier-name").text()).isEqualTo("Silver");

        addProduct(shopper, "2", 1); // 24.50: under 50.00, shipping is paid
        Document under = shopper.chooseShipping("standard");
        assertThat(ShopHttpTest.amount(under, "shipping")).isEqualByComparingTo("5.95");
        assertThat(ShopHttpTest.amount(under, "total")).isEqualByComparingTo("30.45");

        addProduct(shopper, "2", 2); // 73.50: over 50.00, Silver ships for free
        Document over = shopper.chooseShipping("express");
        assertThat(over.selectFirst(".summary-shipping .shipping-free").text()).isEqualTo("Free");
        assertThat(over.selectFirst(".summary-shipping .was").text()).isEqualTo("$14.95");
        assertThat(ShopHttpTest.amount(over, "total")).isEqualByComparingTo("73.50");
        ShopHttpTest.assertAddsUp(over);
        Document confirmation = shopper.submit(over, "form.checkout-form", "demoWallet", "my wallet");
        assertThat(ShopHttpTest.amount(confirmation, "total")).isEqualByComparingTo("73.50");
    }

    @Test
    void shouldCountTheSpendTheShopperPaidForMerchandiseAfterPoints() throws Exception {
        Shopper shopper = new Shopper(shop.baseUrl());
        shopper.register("spend-" + System.nanoTime() + "@example.com", "secret123"); // 100 sign-up points
        Document cart = addStoves(shopper, 2); // 258.00
        cart = shopper.submit(cart, "form.loyalty-redeem-form", "points", "80"); // 8.00 paid with points
        assertThat(ShopHttpTest.amount(cart, "points")).isEqualByComparingTo("8.00");
        shopper.checkOut("my wallet");

        Document myLoyalty = shopper.open("/account/loyalty");
        // 250.00 paid for merchandise (not the 258.00 subtotal, nor the shipping): the base points are earned on.
        Element window = myLoyalty.selectFirst(".loyalty-tier-window");
        assertThat(new java.math.BigDecimal(window.attr("data-spend"))).isEqualByComparingTo("250.00");
        assertThat(window.attr("data-points")).isEqualTo("25");
        assertThat(window.text()).endsWith(": 25 points earned, $250.00 spent.");
    }

    private static void buyStoves(Shopper shopper, int quantity) throws Exception {
        addStoves(shopper, quantity);
        shopper.checkOut("my wallet");
        assertThat(shopper.lastUrl()).contains("/confirmation/");
    }

    private static Document addProduct(Shopper shopper, String productId, int quantity) throws Exception {
        return ShopHttpTest.add(shopper, productId, quantity);
    }

    private static Document addStoves(Shopper shopper, int quantity) throws Exception {
        Document home = shopper.open("/");
        Element stove = null;
        for (Element card : home.select(".product")) {
            if (card.selectFirst("h3").text().equals("Camping Stove")) {
                stove = card;
            }
        }
        assertThat(stove).as("Camping Stove on the home page").isNotNull();
        return shopper.submit(home, "form[action=/cart/add]:has(input[name=productId][value="
                + stove.selectFirst("input[name=productId]").val() + "])", "quantity", String.valueOf(quantity));
    }
}
