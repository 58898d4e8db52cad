package com.broadleafloyalty.demo.web;

import com.broadleafloyalty.demo.DemoDatabase;
import com.broadleafloyalty.demo.DemoShop;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo database is a file: a restart keeps shoppers, orders and points, and seeds nothing twice. */
class ShopRestartHttpTest {

    @TempDir
    File dataDir;

    @Test
    void shouldKeepShoppersOrdersAndPointsAcrossARestartWithoutSeedingTwice() throws Exception {
        String email = "restart-" + System.nanoTime() + "@example.com";
        String balanceBefore;
        int productsBefore;
        DemoDatabase first = DemoDatabase.inFolder(dataDir);
        assertThat(first.isFresh()).isTrue();
        try (DemoShop shop = DemoShop.start("127.0.0.1", 0, first, false)) {
            Shopper shopper = new Shopper(shop.baseUrl());
            shopper.register(email, "secret123");
            Document home = shopper.open("/");
            productsBefore = home.select(".product").size();
            shopper.submit(home, "form[action=/cart/add]", "quantity", "4");
            shopper.checkOut("restart wallet");
            balanceBefore = shopper.open("/account/loyalty").selectFirst(".loyalty-balance").text();
        }

        DemoDatabase second = DemoDatabase.inFolder(dataDir);
        assertThat(second.isFresh()).isFalse();
        try (DemoShop shop = DemoShop.start("127.0.0.1", 0, second, false)) {
            Shopper shopper = new Shopper(shop.baseUrl());
            shopper.logIn(email, "secret123");
            Document myLoyalty = shopper.open("/account/loyalty");

            assertThat(Long.parseLong(balanceBefore)).isPositive();
            assertThat(myLoyalty.selectFirst(".loyalty-balance").text()).isEqualTo(balanceBefore);
            assertThat(myLoyalty.select(".loyalty-ledger-entry")).hasSize(2); // the order's points and the sign-up bonus
            assertThat(shopper.open("/").select(".product")).hasSize(productsBefore);
            assertThat(productsBefore).isEqualTo(6);
        }
    }
}
