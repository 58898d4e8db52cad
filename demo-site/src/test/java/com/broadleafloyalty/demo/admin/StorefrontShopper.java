package com.broadleafloyalty.demo.admin;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** Just enough of a storefront shopper to place one order with the demo wallet. */
final class StorefrontShopper {

    private StorefrontShopper() {
    }

    static void registerAndOrder(String siteUrl, String email) throws IOException {
        Connection session = Jsoup.newSession().timeout(60_000).ignoreHttpErrors(true);
        post(session, session.newRequest(siteUrl + "/register").get(), "form.register-form",
                "customer.emailAddress", email, "customer.firstName", "Casey", "customer.lastName", "Cancel",
                "password", "secret123", "passwordConfirm", "secret123");
        post(session, session.newRequest(siteUrl + "/").get(), "form[action=/cart/add]", "quantity", "3");
        Document checkout = session.newRequest(siteUrl + "/checkout").get();
        checkout = post(session, checkout, "form.checkout-shipping-form", "firstName", "Casey", "lastName", "Cancel",
                "addressLine1", "1 Main Street", "city", "Springfield", "postalCode", "12345", "country", "US",
                "shippingOption", checkout.selectFirst("input[name=shippingOption]").val());
        Document confirmation = post(session, checkout, "form.checkout-form", "demoWallet", "admin test wallet");
        assertThat(confirmation.location()).contains("/confirmation/");
    }

    private static Document post(Connection session, Document page, String formSelector, String... fields)
            throws IOException {
        FormElement form = page.select(formSelector).forms().get(0);
        Connection request = session.newRequest(form.absUrl("action")).method(Connection.Method.POST);
        for (Element hidden : form.select("input[type=hidden]")) {
            request.data(hidden.attr("name"), hidden.attr("value"));
        }
        for (int i = 0; i < fields.length; i += 2) {
            request.data(fields[i], fields[i + 1]);
        }
        return request.execute().parse();
    }
}
