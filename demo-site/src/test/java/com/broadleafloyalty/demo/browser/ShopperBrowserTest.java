package com.broadleafloyalty.demo.browser;

import com.broadleafloyalty.demo.DemoDatabase;
import com.broadleafloyalty.demo.DemoShop;
import com.broadleafloyalty.demo.seed.DemoCustomers;
import com.broadleafloyalty.demo.web.Shopper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper's whole journey in a real browser, once per language of the shop: switch the language in the header,
 * register with a friend's referral code, add to cart, pay part with points, redeem a reward, check out, see the
 * points on the confirmation and in My loyalty, leave feedback. Every step must answer below 500 with a clean console
 * (see {@link Chromium}); the screenshots land in {@code target/browser/shopper-<locale>/}.
 */
class ShopperBrowserTest {

    private static DemoShop shop;
    private static String referralCode;

    @BeforeAll
    static void startShop() throws Exception {
        shop = DemoShop.start("127.0.0.1", 0, DemoDatabase.inMemory("browser" + System.nanoTime()), false);
        Shopper demo = new Shopper(shop.baseUrl());
        demo.logIn(DemoCustomers.SHOPPERS[0][0], DemoCustomers.SHOPPERS[0][1]);
        referralCode = demo.open("/account/loyalty").selectFirst(".loyalty-referral-code").text();
    }

    @AfterAll
    static void stopShop() throws Exception {
        if (shop != null) {
            shop.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en_US", "ro_RO", "pl_PL", "es_ES"})
    void shouldRegisterEarnRedeemCheckOutAndLeaveFeedback(String locale) throws Exception {
        Messages messages = Messages.of(locale);
        try (Chromium browser = Chromium.start("shopper-" + locale, 1280, 1100)) {
            browser.open(shop.baseUrl() + "/");
            browser.step("home");
            if (!"en_US".equals(locale)) {
                browser.clickAndWait("a.loyalty-language[href$='blLocaleCode=" + locale + "']");
                browser.step("language");
            }
            assertThat(browser.find("a.nav-cart span").getText()).isEqualTo(messages.demo("demo.nav.cart"));
            assertThat(browser.find(".loyalty-language-current").getAttribute("lang"))
                    .isEqualTo(locale.replace('_', '-'));

            register(browser, "browser-" + locale.toLowerCase() + "-" + System.nanoTime() + "@example.com");
            assertThat(browser.findAll("a[href='/account/loyalty']")).isNotEmpty();

            browser.open(shop.baseUrl() + "/");
            WebElement addForm = browser.find("form[action='/cart/add']");
            WebElement quantity = addForm.findElement(org.openqa.selenium.By.cssSelector("input[name=quantity]"));
            quantity.clear();
            quantity.sendKeys("3");
            browser.clickAndWait(addForm.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")));
            browser.step("cart");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/cart");
            long toEarn = digits(browser.find(".loyalty-cart-points .loyalty-points").getText());
            assertThat(toEarn).isPositive();
            assertThat(browser.find(".loyalty-rewards h3").getText()).isEqualTo(messages.module("loyalty.rewards.title"));

            browser.type("#loyaltyPoints", "40");
            browser.clickAndWait("form.loyalty-redeem-form button[type=submit]");
            browser.step("points-applied");
            assertThat(digits(browser.find(".loyalty-applied-points").getText())).isEqualTo(40);

            WebElement reward = rewardRow(browser, "5.00 off your order");
            browser.clickAndWait(reward.findElement(org.openqa.selenium.By.cssSelector(
                    "form.loyalty-reward-redeem-form button[type=submit]")));
            browser.step("reward-redeemed");
            assertThat(rewardRow(browser, "5.00 off your order").findElements(
                    org.openqa.selenium.By.cssSelector("form.loyalty-reward-remove-form"))).hasSize(1);

            browser.clickAndWait("a.checkout-link");
            browser.type("#firstName", "Ana");
            browser.type("#lastName", "Pop");
            browser.type("#addressLine1", "Strada Lunga 1");
            browser.type("#city", "Cluj-Napoca");
            browser.type("#postalCode", "400000");
            new Select(browser.find("#country")).selectByValue("RO");
            browser.find("input[name=shippingOption]").click();
            browser.step("checkout-address");
            browser.clickAndWait("form.checkout-shipping-form button[type=submit]");
            browser.step("checkout-shipping");
            browser.type("#demoWallet", "my wallet");
            browser.clickAndWait("form.checkout-form button[type=submit]");
            browser.step("confirmation");
            assertThat(browser.driver().getCurrentUrl()).contains("/confirmation/");
            long earned = digits(browser.find(".loyalty-order-points .loyalty-points").getText());
            assertThat(earned).isPositive().isLessThanOrEqualTo(toEarn);
            String feedbackUrl = browser.find(".loyalty-feedback-link a").getAttribute("href");

            browser.clickAndWait("a[href='/account/loyalty']");
            browser.step("my-loyalty");
            assertThat(browser.findAll(".loyalty-ledger-entry")).hasSizeGreaterThanOrEqualTo(3);
            assertThat(browser.find("a.nav-cart span").getText()).isEqualTo(messages.demo("demo.nav.cart"));

            browser.open(feedbackUrl);
            browser.step("feedback-form");
            browser.find("input[name=nps][value='9']").click();
            browser.find("input[name=csat][value='4']").click();
            browser.type("#loyaltyFeedbackComment", "Fast delivery <b>thanks</b> ' \" ; --");
            browser.clickAndWait(".loyalty-feedback form button[type=submit]");
            browser.step("feedback-sent");
            assertThat(browser.find(".loyalty-feedback-thanks").getText())
                    .startsWith(messages.module("loyalty.feedback.thanks"));
            assertThat(browser.find(".loyalty-feedback-comment").getText())
                    .isEqualTo("Fast delivery <b>thanks</b> ' \" ; --");
        }
    }

    private void register(Chromium browser, String email) throws IOException {
        browser.open(shop.baseUrl() + "/register?ref=" + referralCode);
        assertThat(browser.find("#loyaltyReferralCode").getAttribute("value")).isEqualTo(referralCode);
        browser.type("#email", email);
        browser.type("#firstName", "Ana");
        browser.type("#lastName", "Pop");
        browser.type("#password", "secret123");
        browser.type("#passwordConfirm", "secret123");
        browser.step("register");
        browser.clickAndWait("form.register-form button[type=submit]");
        browser.step("registered");
    }

    private static WebElement rewardRow(Chromium browser, String name) {
        for (WebElement row : browser.findAll(".loyalty-reward-catalog tr")) {
            if (row.getText().contains(name)) {
                return row;
            }
        }
        throw new AssertionError("No reward \"" + name + "\" offered on " + browser.driver().getCurrentUrl());
    }

    /** The number a localized text shows ("1 234", "1.234", "40"), digits only. */
    private static long digits(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        assertThat(digits).as("a number in \"" + text + "\"").isNotEmpty();
        return Long.parseLong(digits);
    }
}
