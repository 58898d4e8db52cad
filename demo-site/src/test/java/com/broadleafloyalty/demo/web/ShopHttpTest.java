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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo as a shop, over real HTTP: the cart's quantities and removals (POST with the token only), product pictures,
 * priced shipping methods, the free-shipping reward, a breakdown that adds up, and each shopper's own order history.
 */
class ShopHttpTest {

    private static final String BACKPACK = "1";
    private static final String BOTTLE = "2";
    private static final String STOVE = "4";

    private static DemoShop shop;

    @BeforeAll
    static void startShop() throws Exception {
        shop = DemoShop.start("127.0.0.1", 0, DemoDatabase.inMemory("shop"), false);
    }

    @AfterAll
    static void stopShop() throws Exception {
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    void shouldShowADrawnPictureOfEachProduct() throws Exception {
        Shopper visitor = new Shopper(shop.baseUrl());
        Document home = visitor.open("/");

        List<String> pictures = home.select(".product img.product-image").eachAttr("src");
        assertThat(pictures).hasSize(6).allMatch(src -> src.startsWith("/img/products/") && src.endsWith(".svg"))
                .doesNotContain("/img/products/placeholder.svg");
        visitor.get(pictures.get(0));
        assertThat(visitor.lastUrl()).endsWith(pictures.get(0));
        assertThat(visitor.get(pictures.get(0)).contentType()).startsWith("image/svg+xml");
        assertThat(visitor.get("/css/shop.css").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldChangeQuantitiesAndRemoveLinesOnlyByPostWithTheToken() throws Exception {
        Shopper shopper = new Shopper(shop.baseUrl());
        shopper.register("cart-" + System.nanoTime() + "@example.com", "secret123");
        add(shopper, BACKPACK, 1);
        Document cart = add(shopper, BOTTLE, 2);
        String bottleLine = line(cart, "Insulated Bottle").attr("data-order-item-id");

        Document three = shopper.submit(cart, "tr[data-order-item-id=" + bottleLine + "] form.quantity-form",
                "quantity", "3");
        assertThat(three.selectFirst(".cart-message").text()).isEqualTo("Your cart is updated.");
        assertThat(line(three, "Insulated Bottle").selectFirst(".cart-line-price").text()).isEqualTo("$73.50");
        assertThat(amount(three, "merchandise")).isEqualByComparingTo("163.40");

        for (String bad : new String[] {"abc", "-1", "100", "\u0665", "\uff15", ""}) {
            Document refused = shopper.submit(three, "tr[data-order-item-id=" + bottleLine + "] form.quantity-form",
                    "quantity", bad);
            assertThat(shopper.lastStatus()).as(bad).isEqualTo(200);
            assertThat(refused.selectFirst(".cart-error").text()).as(bad)
                    .isEqualTo("Enter a quantity from 0 to 99 (0 removes the item).");
            assertThat(line(refused, "Insulated Bottle").selectFirst("input[name=quantity]").val()).isEqualTo("3");
        }

        // A link or a typed URL never changes the cart, and a forged POST without the token neither.
        Document afterGet = shopper.open("/cart/remove?orderItemId=" + bottleLine);
        assertThat(shopper.lastUrl()).endsWith("/cart");
        assertThat(afterGet.selectFirst(".cart-error").text()).isEqualTo("Please use the buttons in your cart to change it.");
        assertThat(afterGet.select(".cart-item")).hasSize(2);
        shopper.postWithoutToken("/cart/remove", "orderItemId", bottleLine);
        assertThat(shopper.open("/cart").select(".cart-item")).hasSize(2);

        Document unknown = shopper.submit(three, "tr[data-order-item-id=" + bottleLine + "] form.remove-form",
                "orderItemId", "999999");
        assertThat(shopper.lastStatus()).isEqualTo(200);
        assertThat(unknown.selectFirst(".cart-error").text()).isEqualTo("That item is not in your cart any more.");
        assertThat(unknown.select(".cart-item")).hasSize(2);

        Document removed = shopper.submit(unknown, "tr[data-order-item-id=" + bottleLine + "] form.remove-form");
        assertThat(removed.selectFirst(".cart-message").text()).isEqualTo("The item was removed from your cart.");
        assertThat(removed.select(".cart-item .cart-item-title").eachText()).containsExactly("Trail Backpack 30L");
        Document again = shopper.submit(three, "tr[data-order-item-id=" + bottleLine + "] form.remove-form");
        assertThat(again.selectFirst(".cart-error").text()).isEqualTo("That item is not in your cart any more.");

        String backpackLine = line(again, "Trail Backpack 30L").attr("data-order-item-id");
        Document empty = shopper.submit(again, "tr[data-order-item-id=" + backpackLine + "] form.quantity-form",
                "quantity", "0");
        assertThat(empty.selectFirst(".cart-empty").text()).isEqualTo("Your cart is empty.");
    }

    @Test
    void shouldPriceTwoShippingMethodsAndShowABreakdownThatAddsUp() throws Exception {
        Shopper shopper = new Shopper(shop.baseUrl());
        shopper.register("ship-" + System.nanoTime() + "@example.com", "secret123");
        Document cart = add(shopper, STOVE, 1);
        assertThat(cart.selectFirst(".summary-shipping .num").text()).isEqualTo("Chosen at checkout");

        Document checkout = shopper.open("/checkout");
        assertThat(checkout.select(".shipping-options label").eachText())
                .containsExactly("Standard, 3 to 5 working days $5.95", "Express, next working day $14.95");
        Document express = shopper.chooseShipping("express");
        assertThat(amount(express, "shipping")).isEqualByComparingTo("14.95");
        assertThat(amount(express, "total")).isEqualByComparingTo("143.95");
        assertAddsUp(express);
        Document standard = shopper.chooseShipping("standard");
        assertThat(amount(standard, "shipping")).isEqualByComparingTo("5.95");
        assertThat(amount(standard, "total")).isEqualByComparingTo("134.95");
        assertThat(standard.selectFirst(".ships-to").text()).contains("Strada Lunga 1").contains("Cluj-Napoca");
        // Points are earned on the merchandise, never on shipping: 129.00 earns 12.
        assertThat(standard.selectFirst(".loyalty-cart-points .loyalty-points").text()).isEqualTo("12");

        Document refused = shopper.submit(standard, "form.checkout-shipping-form", "firstName", "Ana", "lastName",
                "Pop", "addressLine1", "", "city", "Cluj", "postalCode", "400000", "country", "RO", "shippingOption", "1");
        assertThat(refused.selectFirst(".shipping-error").text()).isEqualTo("Please fill in every field of the shipping address.");
        Document badCountry = shopper.submit(standard, "form.checkout-shipping-form", "firstName", "Ana", "lastName",
                "Pop", "addressLine1", "Strada 1", "city", "Cluj", "postalCode", "400000", "country", "XX",
                "shippingOption", "1");
        assertThat(badCountry.selectFirst(".shipping-error").text()).isEqualTo("Choose a country from the list.");
        assertThat(amount(shopper.open("/checkout"), "shipping")).isEqualByComparingTo("5.95");

        Document confirmation = shopper.submit(standard, "form.checkout-form", "demoWallet", "my wallet");
        assertThat(shopper.lastUrl()).contains("/confirmation/");
        assertThat(amount(confirmation, "total")).isEqualByComparingTo("134.95");
        assertAddsUp(confirmation);
        assertThat(confirmation.selectFirst(".loyalty-order-points .loyalty-points").text()).isEqualTo("12");
    }

    @Test
    void shouldAskForTheShippingAddressBeforeTheOrderIsPlaced() throws Exception {
        Shopper shopper = new Shopper(shop.baseUrl());
        shopper.register("noaddress-" + System.nanoTime() + "@example.com", "secret123");
        add(shopper, BOTTLE, 1);

        Document refused = shopper.submit(shopper.open("/checkout"), "form.checkout-form", "demoWallet", "wallet");

        assertThat(shopper.lastUrl()).doesNotContain("/confirmation/");
        assertThat(refused.selectFirst(".checkout-error").text())
                .isEqualTo("Enter your shipping address and choose a shipping method first.");
        assertThat(shopper.open("/account/orders").select(".order-row")).isEmpty();
    }

    @Test
    void shouldShipForFreeWithTheFreeShippingRewardAndShowPointsPaid() throws Exception {
        Shopper dana = new Shopper(shop.baseUrl());
        dana.logIn(DemoCustomers.SHOPPERS[0][0], DemoCustomers.SHOPPERS[0][1]);
        Document cart = add(dana, BACKPACK, 1);
        cart = dana.submit(cart, "tr:contains(Free shipping) form.loyalty-reward-redeem-form");
        cart = dana.submit(cart, "form.loyalty-redeem-form", "points", "100");
        assertThat(amount(cart, "points")).isEqualByComparingTo("10.00");

        Document checkout = dana.chooseShipping("express");

        assertThat(checkout.selectFirst(".summary-shipping .shipping-free").text()).isEqualTo("Free");
        assertThat(checkout.selectFirst(".summary-shipping .was").text()).isEqualTo("$14.95");
        assertThat(amount(checkout, "total")).isEqualByComparingTo("79.90");
        assertAddsUp(checkout);
        Document confirmation = dana.submit(checkout, "form.checkout-form", "demoWallet", "dana's wallet");
        assertThat(amount(confirmation, "total")).isEqualByComparingTo("79.90");
        assertThat(confirmation.selectFirst(".summary-shipping .shipping-free")).isNotNull();
        assertAddsUp(confirmation);
    }

    @Test
    void shouldListEachShopperOnlyTheirOwnOrders() throws Exception {
        Shopper ann = new Shopper(shop.baseUrl());
        ann.register("orders-ann-" + System.nanoTime() + "@example.com", "secret123");
        List<String> annsOrders = new ArrayList<String>();
        for (String product : new String[] {BOTTLE, STOVE}) {
            add(ann, product, 1);
            Document confirmation = ann.checkOut("ann's wallet");
            annsOrders.add(0, confirmation.selectFirst(".order-number").text());
        }
        Shopper ben = new Shopper(shop.baseUrl());
        ben.register("orders-ben-" + System.nanoTime() + "@example.com", "secret123");
        add(ben, BACKPACK, 2);
        String bensOrder = ben.checkOut("ben's wallet").selectFirst(".order-number").text();

        Document history = ann.open("/account/orders");
        assertThat(history.select(".order-row-number").eachText()).containsExactlyElementsOf(annsOrders);
        assertThat(history.select(".order-row-total").eachText()).containsExactly("$134.95", "$30.45");
        assertThat(history.select(".order-row-points").eachText()).containsExactly("12", "2");
        Document one = ann.open(history.selectFirst(".order-row-link").attr("href"));
        assertThat(one.selectFirst(".order-title").text()).isEqualTo("Order " + annsOrders.get(0));
        assertThat(one.select(".order-item-name").eachText()).containsExactly("Camping Stove");
        assertAddsUp(one);

        ann.open("/account/orders/" + bensOrder);
        assertThat(ann.lastUrl()).endsWith("/account/orders");
        assertThat(ben.open("/account/orders").select(".order-row-number").eachText()).containsExactly(bensOrder);
        Shopper visitor = new Shopper(shop.baseUrl());
        visitor.open("/account/orders");
        assertThat(visitor.lastUrl()).endsWith("/login");
    }

    static Document add(Shopper shopper, String productId, int quantity) throws Exception {
        return shopper.submit(shopper.open("/"), "form[action=/cart/add]:has(input[name=productId][value="
                + productId + "])", "quantity", String.valueOf(quantity));
    }

    static Element line(Document cart, String name) {
        for (Element row : cart.select("tr.cart-item")) {
            if (row.selectFirst(".cart-item-title").text().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("No line " + name + " in the cart:\n" + cart.select("main").text());
    }

    /** A figure of the page's breakdown (summary-merchandise, -discounts, -points, -shipping, -tax, -total); 0 when absent. */
    static BigDecimal amount(Document page, String row) {
        Element cell = page.selectFirst(".summary-" + row + " .amount");
        if (cell == null || cell.hasClass("shipping-free")) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(cell.text().replace("$", "").replace(",", ""));
    }

    /** Merchandise - discounts - points paid + shipping + tax = total, as the page shows them. */
    static void assertAddsUp(Document page) {
        BigDecimal computed = amount(page, "merchandise").subtract(amount(page, "discounts"))
                .subtract(amount(page, "points")).add(amount(page, "shipping")).add(amount(page, "tax"));
        assertThat(computed).as(page.select(".summary").text()).isEqualByComparingTo(amount(page, "total"));
    }
}
