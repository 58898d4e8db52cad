package com.broadleafloyalty.demo.replay;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes a small order history in the UCI Online Retail layout, line by line, as the real file has them. */
final class RetailHistoryFixture {

    static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";

    private final List<String> lines = new ArrayList<String>();

    RetailHistoryFixture line(String invoice, String stockCode, int quantity, String date, String unitPrice,
            String customerId) {
        lines.add(String.join(",", invoice, stockCode, "\"PRODUCT " + stockCode + ", BOXED\"",
                String.valueOf(quantity), date, unitPrice, customerId, "United Kingdom"));
        return this;
    }

    /** The same line again, as the real file repeats some lines. */
    RetailHistoryFixture repeatLastLine() {
        lines.add(lines.get(lines.size() - 1));
        return this;
    }

    Path writeGzip(Path folder) throws IOException {
        Path file = folder.resolve("history.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write(text());
        }
        return file;
    }

    Path writePlain(Path folder) throws IOException {
        Path file = folder.resolve("history.csv");
        Files.write(file, text().getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private String text() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (String line : lines) {
            text.append(line).append('\n');
        }
        return text.toString();
    }
}
