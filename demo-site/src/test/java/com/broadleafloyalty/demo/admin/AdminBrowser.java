package com.broadleafloyalty.demo.admin;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An admin user's browser without JavaScript: it keeps the session cookie, reads pages and submits their forms
 * (with the csrfToken Broadleaf puts in each) the way the admin's scripts would.
 */
final class AdminBrowser {

    private final String adminUrl;
    private final Connection session;

    private AdminBrowser(String adminUrl) {
        this.adminUrl = adminUrl;
        this.session = Jsoup.newSession().ignoreHttpErrors(true).timeout(60_000);
    }

    /** A browser with no session yet. */
    static AdminBrowser open(String adminUrl) {
        return new AdminBrowser(adminUrl);
    }

    static AdminBrowser signIn(String adminUrl, String username, String password) throws IOException {
        AdminBrowser browser = open(adminUrl);
        browser.signIn(username, password);
        return browser;
    }

    /** Fills in and posts the login form; returns the page the admin lands on. */
    Connection.Response signIn(String username, String password) throws IOException {
        FormElement login = get("/login").forms().get(0);
        Map<String, String> credentials = new LinkedHashMap<String, String>();
        credentials.put("j_username", username);
        credentials.put("j_password", password);
        return submit(login, credentials);
    }

    Document get(String path) throws IOException {
        return session.newRequest(adminUrl + path).get();
    }

    /** A page read with one extra request header (e.g. a browser's Accept-Language). */
    Document get(String path, String header, String value) throws IOException {
        return session.newRequest(adminUrl + path).header(header, value).get();
    }

    /** Any response (a CSV export, a script), as it comes. */
    Connection.Response fetch(String path) throws IOException {
        return session.newRequest(adminUrl + path).ignoreContentType(true).method(Connection.Method.GET).execute();
    }

    /** Posts these fields to a path of the admin, as a form on another page would (the caller adds the csrfToken). */
    Connection.Response post(String path, Map<String, String> fields) throws IOException {
        return session.newRequest(adminUrl + path).data(fields).method(Connection.Method.POST).execute();
    }

    /** Posts the form's current values, with {@code changes} applied, to its action. */
    Connection.Response submit(FormElement form, Map<String, String> changes) throws IOException {
        return submitTo(form.absUrl("action"), form, changes);
    }

    /** Posts the form's current values, with {@code changes} applied, to another action (e.g. its delete URL). */
    Connection.Response submitTo(String action, FormElement form, Map<String, String> changes) throws IOException {
        Map<String, String> data = new LinkedHashMap<String, String>();
        for (Connection.KeyVal field : form.formData()) {
            data.put(field.key(), field.value());
        }
        data.putAll(changes);
        return session.newRequest(action).data(data).method(Connection.Method.POST).execute();
    }

    /**
     * Posts the form as multipart/form-data, as a browser does for a form with a file: its current values with
     * {@code changes} applied ({@code null} leaves a field out, e.g. an unticked checkbox) and {@code content} as
     * the file field {@code fileField}.
     */
    Connection.Response upload(FormElement form, Map<String, String> changes, String fileField, String fileName,
            byte[] content) throws IOException {
        Connection request = session.newRequest(form.absUrl("action")).method(Connection.Method.POST);
        Map<String, String> data = new LinkedHashMap<String, String>();
        for (Connection.KeyVal field : form.formData()) {
            if (!fileField.equals(field.key())) {
                data.put(field.key(), field.value());
            }
        }
        data.putAll(changes);
        for (Map.Entry<String, String> field : data.entrySet()) {
            if (field.getValue() != null) {
                request.data(field.getKey(), field.getValue());
            }
        }
        request.data(fileField, fileName, new java.io.ByteArrayInputStream(content), "text/csv");
        return request.execute();
    }
}
