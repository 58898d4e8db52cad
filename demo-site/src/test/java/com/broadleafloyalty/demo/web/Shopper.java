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

    public Shopper(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Document open(String path) throws IOException {
        Connection.Response response = session.newRequest(baseUrl + path).method(Connection.Method.GET).execute();
        lastUrl = response.url().toString();
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
        return response.parse();
    }

    public String lastUrl() {
        return lastUrl;
    }

    public Document register(String email, String password) throws IOException {
        return submit(open("/register"), "form.register-form",
                "customer.emailAddress", email, "customer.firstName", "Test", "customer.lastName", "Shopper",
                "password", password, "passwordConfirm", password);
    }

    public Document logIn(String email, String password) throws IOException {
        return submit(open("/login"), "form.login-form", "j_username", email, "j_password", password);
    }

    public static Document parse(String html) {
        return Jsoup.parse(html);
    }
}
