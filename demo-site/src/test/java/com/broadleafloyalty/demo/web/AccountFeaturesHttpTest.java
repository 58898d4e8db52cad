package com.broadleafloyalty.demo.web;

import com.broadleafloyalty.demo.DemoDatabase;
import com.broadleafloyalty.demo.DemoShop;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account features over real HTTP on the demo shop: the sign-up bonus, the referral link filling the
 * registration form, a mistyped code re-showing the form with its reason, and My loyalty's account section.
 */
class AccountFeaturesHttpTest {

    private static DemoShop shop;

    @BeforeAll
    static void startShop() throws Exception {
        shop = DemoShop.start("127.0.0.1", 0, DemoDatabase.inMemory("account"), false);
    }

    @AfterAll
    static void stopShop() throws Exception {
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    void shouldReferAFriendThroughTheLinkAndShowTheReferralOnBothSides() throws Exception {
        Shopper ann = new Shopper(shop.baseUrl());
        ann.register("ann-" + System.nanoTime() + "@example.com", "secret123");
        Document annsLoyalty = ann.open("/account/loyalty");
        assertThat(annsLoyalty.selectFirst(".loyalty-balance").text()).isEqualTo("100");
        assertThat(annsLoyalty.selectFirst(".loyalty-ledger-entry").text()).contains("Sign-up bonus");
        String code = annsLoyalty.selectFirst(".loyalty-referral-code").text();
        String link = annsLoyalty.selectFirst("a.loyalty-referral-link").attr("href");
        assertThat(link).isEqualTo(shop.baseUrl() + "/register?ref=" + code);

        Shopper bob = new Shopper(shop.baseUrl());
        Document form = bob.open(link.substring(shop.baseUrl().length()));
        assertThat(form.selectFirst("input[name=loyaltyReferralCode]").val()).isEqualTo(code);
        String email = "bob-" + System.nanoTime() + "@example.com";
        bob.submit(form, "form.register-form", "customer.emailAddress", email, "customer.firstName", "Bob",
                "customer.lastName", "Builder", "password", "secret123", "passwordConfirm", "secret123",
                "loyaltyReferralCode", form.selectFirst("input[name=loyaltyReferralCode]").val(),
                "loyaltyBirthDate", "1991-03-04", "loyaltyNewsletter", "true");

        Document bobsLoyalty = bob.open("/account/loyalty");
        assertThat(bobsLoyalty.selectFirst(".loyalty-referred-status").text()).isEqualTo("Pending");
        assertThat(bobsLoyalty.selectFirst(".loyalty-referred-by").text()).contains("Test S.");
        assertThat(bobsLoyalty.selectFirst(".loyalty-birth-date").text()).isEqualTo("Mar 4, 1991");
        assertThat(bobsLoyalty.select("form.loyalty-birth-date-form")).isEmpty();
        assertThat(bobsLoyalty.selectFirst(".loyalty-newsletter").text()).startsWith("Subscribed since");

        Document annsAfter = ann.open("/account/loyalty");
        assertThat(annsAfter.select(".loyalty-referral")).hasSize(1);
        assertThat(annsAfter.selectFirst(".loyalty-referral").text()).contains("Bob B.").contains("Pending");
    }

    @Test
    void shouldReShowTheFormWithTheReasonForAMistypedCode() throws Exception {
        Shopper carol = new Shopper(shop.baseUrl());
        String email = "carol-" + System.nanoTime() + "@example.com";
        Document form = carol.open("/register?ref=NOPE");

        Document again = carol.submit(form, "form.register-form", "customer.emailAddress", email,
                "customer.firstName", "Carol", "customer.lastName", "Singer", "password", "secret123",
                "passwordConfirm", "secret123", "loyaltyReferralCode", "ZZZZ-2222", "loyaltyBirthDate", "1990-13-01");

        assertThat(carol.lastUrl()).endsWith("/register");
        assertThat(again.select(".register-errors li").eachText()).containsExactly(
                "Referral code: This referral code does not exist.",
                "Birth date: \"1990-13-01\" is not a date: please use YYYY-MM-DD.");
        assertThat(again.selectFirst("input[name=loyaltyReferralCode]").val()).isEqualTo("ZZZZ-2222");
        assertThat(again.selectFirst("input[name=customer.emailAddress]").val()).isEqualTo(email);
        assertThat(carol.open("/account/loyalty").select(".loyalty-balance")).isEmpty();
    }

    @Test
    void shouldSetTheBirthDateOnceAndSwitchTheNewsletterFromMyLoyalty() throws Exception {
        Shopper dora = new Shopper(shop.baseUrl());
        dora.register("dora-" + System.nanoTime() + "@example.com", "secret123");
        Document page = dora.open("/account/loyalty");

        Document refused = dora.submit(page, "form.loyalty-birth-date-form", "birthDate", "2999-01-01");
        assertThat(refused.selectFirst(".loyalty-account-error").text()).isEqualTo("A birth date cannot be in the future.");
        Document saved = dora.submit(refused, "form.loyalty-birth-date-form", "birthDate", "1988-08-08");
        assertThat(saved.selectFirst(".loyalty-account-message").text()).isEqualTo("Your birth date is saved.");
        assertThat(saved.selectFirst(".loyalty-birth-date").text()).isEqualTo("Aug 8, 1988");

        Document subscribed = dora.submit(saved, "form.loyalty-newsletter-form");
        assertThat(subscribed.selectFirst(".loyalty-newsletter").text()).startsWith("Subscribed since");
        Document unsubscribed = dora.submit(subscribed, "form.loyalty-newsletter-form");
        assertThat(unsubscribed.selectFirst(".loyalty-newsletter").text()).isEqualTo("Not subscribed.");
    }
}
