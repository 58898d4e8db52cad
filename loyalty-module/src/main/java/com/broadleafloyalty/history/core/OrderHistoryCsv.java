package com.broadleafloyalty.history.core;

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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * THE reader of order-history files in the UCI Online Retail layout, for the replay, the recommender, RFM and the
 * benchmarks. The first line must be the header: it names the columns InvoiceNo, StockCode, Description, Quantity,
 * InvoiceDate, UnitPrice, CustomerID and (optional) Country, in any order and case; other columns are ignored.
 * InvoiceDate is {@code yyyy-MM-dd HH:mm} or {@code yyyy-MM-dd HH:mm:ss}. Quantity is a whole number (long), UnitPrice
 * a decimal. Fields may be quoted, with {@code ""} for a quote inside. Gzip is recognised by its magic bytes, whatever
 * the file is called. Blank lines are skipped. Lines are passed on as written: {@link CleaningPolicy} decides which
 * of them are purchases or returns.
 *
 * <p>Time zone: the file's times carry no zone (the shop's own clock). They are read in {@link #ZONE} (UTC), one zone
 * for every reader, so a purchase falls on the same day for the replay, the recommender's time split and RFM.
 */
public final class OrderHistoryCsv {

    /** The zone the file's wall-clock times are read in. */
    public static final ZoneOffset ZONE = ZoneOffset.UTC;

    static final List<String> COLUMNS = Arrays.asList("InvoiceNo", "StockCode", "Description", "Quantity",
            "InvoiceDate", "UnitPrice", "CustomerID", "Country");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");
    private static final int BUFFER = 1 << 16;

    private OrderHistoryCsv() {
    }

    /** Every line of the file, in file order. */
    public static List<OrderLine> read(Path file) throws IOException {
        List<OrderLine> lines = new ArrayList<OrderLine>();
        read(file, lines::add);
        return lines;
    }

    /** Every line of the source, in order. */
    public static List<OrderLine> read(Reader source) throws IOException {
        List<OrderLine> lines = new ArrayList<OrderLine>();
        read(source, lines::add);
        return lines;
    }

    /** Passes every line of the file to {@code sink}, in file order; returns the number of lines passed. */
    public static long read(Path file, Consumer<OrderLine> sink) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
            in.mark(2);
            boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
            in.reset();
            InputStream raw = gzip ? new GZIPInputStream(in, BUFFER) : in;
            return read(new InputStreamReader(raw, StandardCharsets.UTF_8), sink);
        }
    }

    public static long read(Reader source, Consumer<OrderLine> sink) throws IOException {
        BufferedReader reader = new BufferedReader(source, BUFFER);
        String header = reader.readLine();
        if (header == null) {
            throw new IllegalArgumentException("The order history is empty: expected a header line naming "
                    + String.join(",", COLUMNS));
        }
        Layout layout = Layout.of(header);
        String text;
        long lineNumber = 1;
        long count = 0;
        while ((text = reader.readLine()) != null) {
            lineNumber++;
            if (!text.trim().isEmpty()) {
                sink.accept(layout.parse(text, lineNumber));
                count++;
            }
        }
        return count;
    }

    /** Splits one CSV record; quoted fields may hold commas and doubled quotes. */
    static List<String> split(String text) {
        List<String> fields = new ArrayList<String>(COLUMNS.size());
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

    /** Where each column is, from the header line. */
    private static final class Layout {

        private final int[] positions = new int[COLUMNS.size()];
        private final int width;
        /** Countries repeat on every line: one String each keeps the lines small. */
        private final Map<String, String> countries = new HashMap<String, String>();

        private Layout(List<String> names) {
            this.width = names.size();
            Arrays.fill(positions, -1);
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i).trim().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
                for (int column = 0; column < COLUMNS.size(); column++) {
                    if (COLUMNS.get(column).toLowerCase(Locale.ROOT).equals(name) && positions[column] < 0) {
                        positions[column] = i;
                    }
                }
            }
        }

        static Layout of(String header) {
            Layout layout = new Layout(split(header));
            List<String> missing = new ArrayList<String>();
            for (int column = 0; column < COLUMNS.size() - 1; column++) {
                if (layout.positions[column] < 0) {
                    missing.add(COLUMNS.get(column));
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("Line 1 is not an order-history header (expected the columns "
                        + String.join(",", COLUMNS) + "; missing " + String.join(",", missing) + "): " + header);
            }
            return layout;
        }

        OrderLine parse(String text, long lineNumber) {
            List<String> fields = split(text);
            if (fields.size() != width) {
                throw new IllegalArgumentException("Line " + lineNumber + " has " + fields.size() + " fields, expected "
                        + width + ": " + text);
            }
            try {
                long purchasedAt = LocalDateTime.parse(field(fields, 4), DATE).toInstant(ZONE).toEpochMilli();
                return new OrderLine(field(fields, 0), field(fields, 1), field(fields, 2),
                        Long.parseLong(field(fields, 3)), purchasedAt, new BigDecimal(field(fields, 5)),
                        field(fields, 6), country(field(fields, 7)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Line " + lineNumber + " cannot be read (" + e.getMessage() + "): "
                        + text, e);
            }
        }

        private String field(List<String> fields, int column) {
            return positions[column] < 0 ? "" : fields.get(positions[column]).trim();
        }

        private String country(String name) {
            String known = countries.get(name);
            if (known == null) {
                countries.put(name, name);
                known = name;
            }
            return known;
        }
    }
}
