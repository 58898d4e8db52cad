package com.broadleafloyalty.demo.web;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;

/** A shopper's browser: one cookie session against the running shop, forms submitted with their CSRF token. */
public final class Shopper {

    private final String baseUrl;
    private final Connection session = Jsoup.newSession().timeout(30_000).followRedirects(true)
            .ignoreHttpErrors(true);
    private String lastUrl;
    private int lastStatus;

    public Shopper(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Every later request says it was forwarded for {@code address} (believed only by a shop that lists 127.0.0.1 in
     * {@code loyalty.throttle.trusted.proxies}): a client address of its own for tests that count per address.
     */
    public Shopper from(String address) {
        session.header("X-Forwarded-For", address);
        return this;
    }

    public Document open(String path) throws IOException {
        Connection.Response response = session.newRequest(baseUrl + path).method(Connection.Method.GET).execute();
        lastUrl = response.url().toString();
        lastStatus = response.statusCode();
        return response.parse();
    }

    /** Fills the form matched by {@code formSelector} on {@code page} and submits it; returns the page landed on. */
    public Document submit(Document page, String formSelector, String... fieldsAndValues) throws IOException {
        Element form = page.selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError("No form " + formSelector + " on " + lastUrl + ":\n" + page.text());
        }
        Connection request = session.newRequest(form.absUrl("action")).method(Connection.Method.POST);
        for (Element input : form.select("input[type=hidden]")) {
            request.data(input.attr("name"), input.attr("value"));
        }
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            request.data(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        Connection.Response response = request.execute();
        lastUrl = response.url().toString();
        lastStatus = response.statusCode();
        return response.parse();
    }

    public String lastUrl() {
        return lastUrl;
    }

    /** The HTTP status of the last page landed on. */
    public int lastStatus() {
        return lastStatus;
    }

    public Document register(String email, String password) throws IOException {
        return submit(open("/register"), "form.register-form",
                "customer.emailAddress", email, "customer.firstName", "Test", "customer.lastName", "Shopper",
                "password", password, "passwordConfirm", password);
    }

    /**
     * Checks the cart out as a shopper does: the shipping address and method first (the cheapest, unless
     * {@code shippingMethod} names another: {@code standard} or {@code express}), then the demo wallet. Returns the
     * page landed on (the confirmation, or the checkout with its error).
     */
    public Document checkOut(String wallet) throws IOException {
        return checkOut(wallet, null);
    }

    public Document checkOut(String wallet, String shippingMethod) throws IOException {
        return submit(chooseShipping(shippingMethod), "form.checkout-form", "demoWallet", wallet);
    }

    /** Opens the checkout and saves a Romanian address with the shipping method; returns the checkout page. */
    public Document chooseShipping(String shippingMethod) throws IOException {
        Document checkout = open("/checkout");
        Element form = checkout.selectFirst("form.checkout-shipping-form");
        if (form == null) {
            return checkout;
        }
        Element option = form.selectFirst("input[name=shippingOption]");
        if (shippingMethod != null) {
            option = form.selectFirst("label:has(input[name=shippingOption]):contains(" + shippingMethod + ") input");
            if (option == null) {
                option = form.select("input[name=shippingOption]").get("express".equals(shippingMethod) ? 1 : 0);
            }
        }
        return submit(checkout, "form.checkout-shipping-form", "firstName", "Ana", "lastName", "Pop",
                "addressLine1", "Strada Lunga 1", "city", "Cluj-Napoca", "postalCode", "400000", "country", "RO",
                "shippingOption", option.val());
    }

    /** Sends a POST to {@code path} with these fields and no CSRF token, as a forged request would. */
    public Connection.Response postWithoutToken(String path, String... fieldsAndValues) throws IOException {
        Connection request = session.newRequest(baseUrl + path).method(Connection.Method.POST);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            request.data(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        Connection.Response response = request.execute();
        lastUrl = response.url().toString();
        return response;
    }

    /** A GET of {@code path}, answered as it is (its status kept). */
    public Connection.Response get(String path) throws IOException {
        Connection.Response response = session.newRequest(baseUrl + path).method(Connection.Method.GET).execute();
        lastUrl = response.url().toString();
        return response;
    }

    /** A call to the loyalty API with this browser's session cookie, e.g. a storefront page's script. */
    public Connection.Response api(Connection.Method method, String path, String json, String... headers)
            throws IOException {
        Connection request = session.newRequest(baseUrl + "/api/loyalty/v1" + path).method(method)
                .ignoreContentType(true);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (json != null) {
            request.header("Content-Type", "application/json").requestBody(json);
        }
        return request.execute();
    }

    public Document logIn(String email, String password) throws IOException {
        return submit(open("/login"), "form.login-form", "j_username", email, "j_password", password);
    }

    public static Document parse(String html) {
        return Jsoup.parse(html);
    }
}
