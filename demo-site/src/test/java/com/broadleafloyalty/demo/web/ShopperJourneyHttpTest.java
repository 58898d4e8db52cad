package com.broadleafloyalty.demo.web;

import com.broadleafloyalty.demo.DemoDatabase;
import com.broadleafloyalty.demo.DemoShop;
import com.broadleafloyalty.demo.seed.DemoCustomers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the demo shop over real HTTP, as a shopper's browser would: register, add to cart, see the points preview,
 * pay with the demo wallet, see the points earned and the balance on My loyalty.
 */
class ShopperJourneyHttpTest {

    /** A shopper who registers gets the sign-up bonus (loyalty.signup.bonus.points, default). */
    private static final long SIGN_UP_BONUS = 100;

    private static DemoShop shop;

    @BeforeAll
    static void startShop() throws Exception {
        shop = DemoShop.start("127.0.0.1", 0, DemoDatabase.inMemory("journey"), false);
    }

    @AfterAll
    static void stopShop() throws Exception {
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    void shouldEarnAndShowPointsFromRegistrationToMyLoyalty() throws Exception {
        Shopper shopper = new Shopper(shop.baseUrl());
        Document afterRegistration = shopper.register("journey-" + System.nanoTime() + "@example.com", "secret123");
        assertThat(afterRegistration.select("a[href=/account/loyalty]")).isNotEmpty();

        Document home = shopper.open("/");
        Element stove = productCard(home, "Camping Stove");
        BigDecimal price = new BigDecimal(stove.selectFirst(".price").text().replace("$", ""));
        Document cart = shopper.submit(home, "form[action=/cart/add]:has(input[name=productId][value="
                + stove.selectFirst("input[name=productId]").val() + "])", "quantity", "3");

        long expected = price.multiply(BigDecimal.valueOf(3)).multiply(BigDecimal.TEN)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR).longValueExact();
        assertThat(shopper.lastUrl()).endsWith("/cart");
        assertThat(cart.selectFirst(".loyalty-cart-points .loyalty-points").text()).isEqualTo(String.valueOf(expected));

        Document confirmation = shopper.checkOut("my wallet");
        assertThat(shopper.lastUrl()).contains("/confirmation/");
        assertThat(confirmation.selectFirst(".loyalty-order-points .loyalty-points").text())
                .isEqualTo(String.valueOf(expected));

        Document myLoyalty = shopper.open("/account/loyalty");
        assertThat(myLoyalty.selectFirst(".loyalty-balance").text()).isEqualTo(String.valueOf(SIGN_UP_BONUS + expected));
        assertThat(myLoyalty.select(".loyalty-ledger-entry")).hasSize(2); // newest first: the order, then the sign-up bonus
        assertThat(myLoyalty.selectFirst(".loyalty-ledger-points").text()).isEqualTo("+" + expected);
    }

    @Test
    void shouldSendALoggedOutVisitorToLogInWithoutShowingABalance() throws Exception {
        Shopper visitor = new Shopper(shop.baseUrl());
        Document page = visitor.open("/account/loyalty");

        assertThat(visitor.lastUrl()).endsWith("/login");
        assertThat(page.select(".loyalty-balance")).isEmpty();
        assertThat(page.select("form.login-form")).hasSize(1);
    }

    @Test
    void shouldShowEachShopperOnlyTheirOwnPointsAndOrders() throws Exception {
        Shopper first = new Shopper(shop.baseUrl());
        first.register("owner-" + System.nanoTime() + "@example.com", "secret123");
        Document home = first.open("/");
        first.submit(home, "form[action=/cart/add]", "quantity", "2");
        first.checkOut("owner wallet");
        String confirmationUrl = first.lastUrl();
        String confirmationPath = confirmationUrl.substring(confirmationUrl.indexOf("/confirmation/"));

        Shopper other = new Shopper(shop.baseUrl());
        other.logIn(DemoCustomers.SHOPPERS[1][0], DemoCustomers.SHOPPERS[1][1]);
        Document otherLoyalty = other.open("/account/loyalty");
        Document otherConfirmation = other.open(confirmationPath);

        assertThat(otherLoyalty.selectFirst(".loyalty-balance").text()).isEqualTo("0");
        assertThat(otherConfirmation.select(".order-number")).isEmpty();
        assertThat(other.lastUrl()).doesNotContain("/confirmation/");
    }

    @Test
    void shouldRefuseADeclinedPaymentAndAwardNothing() throws Exception {
        Shopper shopper = new Shopper(shop.baseUrl());
        shopper.register("declined-" + System.nanoTime() + "@example.com", "secret123");
        shopper.submit(shopper.open("/"), "form[action=/cart/add]", "quantity", "1");

        Document declined = shopper.checkOut("decline");

        assertThat(declined.selectFirst(".checkout-error").text()).contains("declined");
        assertThat(shopper.open("/account/loyalty").selectFirst(".loyalty-balance").text())
                .isEqualTo(String.valueOf(SIGN_UP_BONUS));
        Document retry = shopper.checkOut("good wallet");
        assertThat(shopper.lastUrl()).contains("/confirmation/");
        assertThat(retry.select(".loyalty-order-points")).hasSize(1);
    }

    private static Element productCard(Document home, String name) {
        for (Element card : home.select(".product")) {
            if (card.selectFirst("h3").text().equals(name)) {
                return card;
            }
        }
        throw new AssertionError("No product " + name + " on the home page");
    }
}
