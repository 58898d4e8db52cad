package com.broadleafloyalty.demo.replay.history;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads an order history in the UCI Online Retail layout: InvoiceNo, StockCode, Description, Quantity, InvoiceDate
 * ({@code yyyy-MM-dd HH:mm}), UnitPrice, CustomerID, Country. Gzip is recognised by its magic bytes, not by the file
 * name; a header line is skipped when present; fields may be quoted ({@code ""} for a quote inside).
 */
public final class RetailCsv {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");
    private static final int COLUMNS = 8;

    private RetailCsv() {
    }

    /** Passes every line of the file to {@code sink}, in file order; returns the number of lines read. */
    public static long read(Path file, Consumer<InvoiceLine> sink) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.mark(2);
            boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
            in.reset();
            InputStream raw = gzip ? new GZIPInputStream(in, 1 << 16) : in;
            return read(new InputStreamReader(raw, StandardCharsets.UTF_8), sink);
        }
    }

    public static long read(Reader source, Consumer<InvoiceLine> sink) throws IOException {
        BufferedReader reader = new BufferedReader(source, 1 << 16);
        String text;
        long lineNumber = 0;
        long count = 0;
        while ((text = reader.readLine()) != null) {
            lineNumber++;
            if (text.trim().isEmpty() || (lineNumber == 1 && text.startsWith("InvoiceNo"))) {
                continue;
            }
            sink.accept(parse(text, lineNumber));
            count++;
        }
        return count;
    }

    static InvoiceLine parse(String text, long lineNumber) {
        List<String> fields = split(text);
        if (fields.size() != COLUMNS) {
            throw new IllegalArgumentException("Line " + lineNumber + " has " + fields.size() + " fields instead of "
                    + COLUMNS + ": " + text);
        }
        try {
            return new InvoiceLine(fields.get(0).trim(), fields.get(1).trim(), fields.get(2).trim(),
                    Integer.parseInt(fields.get(3).trim()), LocalDateTime.parse(fields.get(4).trim(), DATE),
                    new BigDecimal(fields.get(5).trim()), fields.get(6).trim(), fields.get(7).trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Line " + lineNumber + " cannot be read (" + e.getMessage() + "): "
                    + text, e);
        }
    }

    static List<String> split(String text) {
        List<String> fields = new ArrayList<String>(COLUMNS);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
