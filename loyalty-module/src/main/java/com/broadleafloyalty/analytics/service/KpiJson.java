package com.broadleafloyalty.analytics.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Writes a document of maps, lists, strings, numbers, booleans and nulls as JSON (Jackson's streaming generator).
 * Decimals are written as they are, so 0.1250 stays exact.
 */
public final class KpiJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private KpiJson() {
    }

    public static String write(Object document, boolean pretty) {
        StringWriter out = new StringWriter();
        write(document, out, pretty);
        return out.toString();
    }

    /**
     * The document as JSON to place inside an HTML {@code <script>} element: {@code <}, {@code >} and {@code &} are
     * written as Unicode escapes (they only occur inside strings), so a name typed in the admin cannot close the
     * script element.
     */
    public static String forScript(Object document) {
        return write(document, false).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    public static void write(Object document, Writer out, boolean pretty) {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            if (pretty) {
                json.useDefaultPrettyPrinter();
            }
            value(json, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Collection) {
            json.writeStartArray();
            for (Object item : (Collection<?>) value) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof BigDecimal) {
            json.writeNumber((BigDecimal) value);
        } else if (value instanceof Long || value instanceof Integer) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number) {
            json.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof Boolean) {
            json.writeBoolean((Boolean) value);
        } else {
            json.writeString(value.toString());
        }
    }
}
