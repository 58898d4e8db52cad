package com.broadleafloyalty.demo.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A program calling the loyalty API over HTTP: JSON in, JSON out, with whatever headers a test gives. */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;

    ApiClient(String baseUrl) {
        this.baseUrl = baseUrl + "/api/loyalty/v1";
    }

    Answer get(String path, String... headers) throws IOException {
        return send("GET", path, null, headers);
    }

    Answer post(String path, Object body, String... headers) throws IOException {
        return send("POST", path, body instanceof String ? (String) body : JSON.writeValueAsString(body), headers);
    }

    Answer put(String path, Object body, String... headers) throws IOException {
        return send("PUT", path, JSON.writeValueAsString(body), headers);
    }

    Answer delete(String path, String... headers) throws IOException {
        return send("DELETE", path, null, headers);
    }

    static String[] bearer(String secret, String... more) {
        String[] headers = new String[more.length + 2];
        headers[0] = "Authorization";
        headers[1] = "Bearer " + secret;
        System.arraycopy(more, 0, headers, 2, more.length);
        return headers;
    }

    static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    Answer send(String method, String path, String body, String... headers) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(baseUrl + path).openConnection();
        connection.setRequestMethod(method);
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(30_000);
        for (int i = 0; i < headers.length; i += 2) {
            connection.setRequestProperty(headers[i], headers[i + 1]);
        }
        if (body != null) {
            connection.setDoOutput(true);
            if (connection.getRequestProperty("Content-Type") == null) {
                connection.setRequestProperty("Content-Type", "application/json");
            }
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = connection.getResponseCode();
        InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        String text = in == null ? "" : read(in);
        return new Answer(status, text, connection.getContentType(), connection.getHeaderField("WWW-Authenticate"));
    }

    private static String read(InputStream in) throws IOException {
        try (InputStream stream = in) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = stream.read(buffer)) > 0;) {
                bytes.write(buffer, 0, n);
            }
            return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
        }
    }

    /** One answer: status, raw text, and the JSON (a parse failure is the test's failure, with the text shown). */
    static final class Answer {
        final int status;
        final String text;
        final String contentType;
        final String authenticate;

        Answer(int status, String text, String contentType, String authenticate) {
            this.status = status;
            this.text = text;
            this.contentType = contentType;
            this.authenticate = authenticate;
        }

        JsonNode json() {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + text, e);
            }
        }

        String error() {
            return json().path("error").asText(null);
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
