package com.broadleafloyalty.demo.web;

import com.broadleafloyalty.demo.DemoDatabase;
import com.broadleafloyalty.demo.DemoShop;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broadleaf's own language switch (?blLocaleCode=, offered in the header with each language named in itself) turns
 * the loyalty texts of the cart and of "My loyalty" into that language, and the choice stays for the session.
 */
class LanguagesHttpTest {

    private static DemoShop shop;

    @BeforeAll
    static void startShop() throws Exception {
        shop = DemoShop.start("127.0.0.1", 0, DemoDatabase.inMemory("languages"), false);
    }

    @AfterAll
    static void stopShop() throws Exception {
        shop.close();
    }

    @Test
    void shouldOfferEachLanguageNamedInItself() throws Exception {
        Document home = new Shopper(shop.baseUrl()).open("/");

        assertThat(home.select(".loyalty-language-switch .loyalty-language").eachText())
                .containsExactlyInAnyOrder("English", "Română", "Polski", "Español");
        assertThat(home.selectFirst(".loyalty-language-current").text()).isEqualTo("English");
        assertThat(home.selectFirst(".loyalty-language-switch a[hreflang=ro-RO]").attr("href"))
                .contains("blLocaleCode=ro_RO");
    }

    @Test
    void shouldShowTheCartAndMyLoyaltyInRomanianAfterTheSwitch() throws Exception {
        Shopper shopper = new Shopper(shop.baseUrl());
        shopper.register("limba-" + System.nanoTime() + "@example.com", "secret123");
        ShopHttpTest.add(shopper, "2", 1);

        Document cart = shopper.open("/cart?blLocaleCode=ro_RO");
        assertThat(cart.selectFirst(".loyalty-language-current").text()).isEqualTo("Română");
        assertThat(cart.selectFirst(".loyalty-cart-points").text()).startsWith("Vei primi");

        Document loyalty = shopper.open("/account/loyalty");
        assertThat(loyalty.selectFirst(".loyalty-account h2").text()).isEqualTo("Fidelitatea mea");
        assertThat(loyalty.selectFirst(".loyalty-balance-line").text()).startsWith("Soldul tău:");

        Document english = shopper.open("/account/loyalty?blLocaleCode=en_US");
        assertThat(english.selectFirst(".loyalty-account h2").text()).isEqualTo("My loyalty");
    }
}
