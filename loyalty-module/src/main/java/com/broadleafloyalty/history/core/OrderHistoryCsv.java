package com.broadleafloyalty.history.core;

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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads an order-history CSV with the columns InvoiceNo, StockCode, Description, Quantity, InvoiceDate
 * ({@code yyyy-MM-dd HH:mm}, read as UTC), UnitPrice, CustomerID, Country. Fields may be quoted, with {@code ""}
 * for a quote inside. A file whose name ends in {@code .gz} is read through gzip. Lines are returned as they are:
 * {@link CleaningRules} decides which of them are purchases.
 */
public final class OrderHistoryCsv {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int COLUMNS = 8;

    private OrderHistoryCsv() {
    }

    public static List<OrderLine> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            InputStream raw = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
            return read(new InputStreamReader(raw, StandardCharsets.UTF_8));
        }
    }

    public static List<OrderLine> read(Reader source) throws IOException {
        BufferedReader reader = new BufferedReader(source, 1 << 16);
        List<OrderLine> lines = new ArrayList<OrderLine>();
        String header = reader.readLine();
        if (header == null) {
            return lines;
        }
        String text;
        int lineNumber = 1;
        while ((text = reader.readLine()) != null) {
            lineNumber++;
            if (!text.isEmpty()) {
                lines.add(parse(text, lineNumber));
            }
        }
        return lines;
    }

    static OrderLine parse(String text, int lineNumber) {
        List<String> fields = split(text);
        if (fields.size() != COLUMNS) {
            throw new IllegalArgumentException("Line " + lineNumber + " has " + fields.size() + " fields, expected "
                    + COLUMNS + ": " + text);
        }
        try {
            long purchasedAt = LocalDateTime.parse(fields.get(4).trim(), DATE).toInstant(ZoneOffset.UTC).toEpochMilli();
            return new OrderLine(fields.get(0).trim(), fields.get(1).trim(), fields.get(2).trim(),
                    Long.parseLong(fields.get(3).trim()), purchasedAt, new BigDecimal(fields.get(5).trim()),
                    fields.get(6).trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Line " + lineNumber + " cannot be read (" + e.getMessage() + "): "
                    + text, e);
        }
    }

    /** Splits one CSV record; quoted fields may hold commas and doubled quotes. */
    static List<String> split(String text) {
        List<String> fields = new ArrayList<String>(COLUMNS);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
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
