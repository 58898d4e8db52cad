package com.broadleafloyalty.demo.web;

import com.broadleafloyalty.demo.DemoDatabase;
import com.broadleafloyalty.demo.DemoShop;
import com.broadleafloyalty.demo.seed.DemoCustomers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Post-purchase feedback in the demo shop over HTTP: the link on the confirmation page, the form, a refused value,
 * the stored answer, a repeated answer, another shopper and a visitor.
 */
class OrderFeedbackHttpTest {

    private static DemoShop shop;

    @BeforeAll
    static void startShop() throws Exception {
        shop = DemoShop.start("127.0.0.1", 0, DemoDatabase.inMemory("feedback"), false);
    }

    @AfterAll
    static void stopShop() throws Exception {
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    void shouldRateAnOrderFromTheConfirmationPageOnce() throws Exception {
        Shopper dana = new Shopper(shop.baseUrl());
        dana.logIn(DemoCustomers.SHOPPERS[0][0], DemoCustomers.SHOPPERS[0][1]);
        dana.submit(dana.open("/"), "form[action=/cart/add]", "quantity", "1");
        Document confirmation = dana.checkOut("dana's wallet");
        String orderNumber = confirmation.selectFirst(".order-number").text();
        Element link = confirmation.selectFirst(".loyalty-feedback-link a");
        assertThat(link).isNotNull();
        String feedbackPath = link.attr("href");
        assertThat(feedbackPath).isEqualTo("/loyalty/feedback?orderNumber=" + orderNumber);

        Document form = dana.open(feedbackPath);
        assertThat(form.selectFirst(".loyalty-feedback h1").text()).contains(orderNumber);
        assertThat(form.select("form.loyalty-feedback-form input[name=nps]")).hasSize(11);
        assertThat(form.select("form.loyalty-feedback-form input[name=csat]")).hasSize(5);

        Document refused = dana.submit(form, "form.loyalty-feedback-form", "nps", "11", "csat", "5");
        assertThat(refused.selectFirst(".loyalty-feedback-error").text())
                .isEqualTo("The recommendation score must be from 0 to 10, not 11.");
        assertThat(refused.select(".loyalty-feedback-answer")).isEmpty();

        Document thanks = dana.submit(refused, "form.loyalty-feedback-form", "nps", "9", "csat", "5",
                "comment", "Smooth checkout");
        assertThat(thanks.select(".loyalty-feedback-thanks")).hasSize(1);
        assertThat(thanks.selectFirst(".loyalty-feedback-nps").text()).isEqualTo("9");
        assertThat(thanks.selectFirst(".loyalty-feedback-csat").text()).isEqualTo("5");
        assertThat(thanks.selectFirst(".loyalty-feedback-comment").text()).isEqualTo("Smooth checkout");
        assertThat(thanks.select("form.loyalty-feedback-form")).isEmpty();

        // A second post of the old form (a double submit, a back button) is refused and changes nothing.
        Document again = dana.submit(refused, "form.loyalty-feedback-form", "nps", "0", "csat", "1");
        assertThat(again.selectFirst(".loyalty-feedback-error").text())
                .isEqualTo("You already gave feedback on order " + orderNumber + ". Thank you!");
        assertThat(again.selectFirst(".loyalty-feedback-nps").text()).isEqualTo("9");

        Shopper alice = new Shopper(shop.baseUrl());
        alice.logIn(DemoCustomers.SHOPPERS[1][0], DemoCustomers.SHOPPERS[1][1]);
        Document notHers = alice.open(feedbackPath);
        assertThat(notHers.selectFirst(".loyalty-feedback-refused").text())
                .isEqualTo("We found no order " + orderNumber + " in your account.");
        assertThat(notHers.select("form.loyalty-feedback-form")).isEmpty();
        assertThat(notHers.select(".loyalty-feedback-answer")).isEmpty();
        // Alice's own form (her CSRF token) posted with Dana's order number: refused on the server side too.
        alice.submit(alice.open("/"), "form[action=/cart/add]", "quantity", "1");
        Document hers = alice.checkOut("alice's wallet");
        Document herForm = alice.open(hers.selectFirst(".loyalty-feedback-link a").attr("href"));
        herForm.selectFirst("form.loyalty-feedback-form input[name=orderNumber]").val(orderNumber);
        Document postedAnyway = alice.submit(herForm, "form.loyalty-feedback-form", "nps", "0", "csat", "1");
        assertThat(postedAnyway.selectFirst(".loyalty-feedback-error").text())
                .isEqualTo("We found no order " + orderNumber + " in your account.");

        // A visitor following the email's link logs in and comes back to the form of the order.
        Shopper visitor = new Shopper(shop.baseUrl());
        Document login = visitor.open(feedbackPath);
        assertThat(visitor.lastUrl()).contains("/login");
        Document back = visitor.submit(login, "form.login-form",
                "j_username", DemoCustomers.SHOPPERS[0][0], "j_password", DemoCustomers.SHOPPERS[0][1]);
        assertThat(visitor.lastUrl()).endsWith(feedbackPath);
        assertThat(back.selectFirst(".loyalty-feedback-nps").text()).isEqualTo("9");
        // Only a path on this shop is carried through the login, never another site.
        Document elsewhere = new Shopper(shop.baseUrl()).open("/login?successUrl=//evil.example.com/");
        assertThat(elsewhere.select("form.login-form input[name=successUrl]")).isEmpty();

        assertThat(dana.open(feedbackPath).selectFirst(".loyalty-feedback-nps").text()).isEqualTo("9");
    }
}
