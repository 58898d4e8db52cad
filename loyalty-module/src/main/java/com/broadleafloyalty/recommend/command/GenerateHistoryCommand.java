package com.broadleafloyalty.recommend.command;

import com.broadleafloyalty.recommend.core.evaluation.SyntheticShop;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.zip.GZIPOutputStream;

/**
 * {@code generate-history --out FILE [--products 50000] [--customers 100000] [--lines 2000000] [--repeat-share 0.5]
 * [--seed 17]}: writes a synthetic order history ({@link SyntheticShop}) in the online-retail layout, gzip when the
 * file name ends in {@code .gz}, for the scale benchmark. The same seed writes the same file.
 */
public final class GenerateHistoryCommand {

    private GenerateHistoryCommand() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception e) {
            System.err.println("generate-history: " + e.getMessage());
            System.err.println("usage: generate-history --out FILE [--products N] [--customers N] [--lines N] "
                    + "[--repeat-share P] [--seed S]");
            System.exit(2);
        }
    }

    private static void run(String[] args) throws Exception {
        CommandLine options = new CommandLine(args, new HashSet<String>(Arrays.asList("out", "products",
                "customers", "lines", "repeat-share", "seed")), Collections.<String>emptySet());
        Path out = options.outputFile("out");
        double repeatShare = options.decimal("repeat-share", 0.5d);
        if (repeatShare < 0d || repeatShare > 1d) {
            throw new IllegalArgumentException("--repeat-share must be from 0 to 1, got " + repeatShare);
        }
        SyntheticShop shop = new SyntheticShop(options.number("products", 50_000),
                options.number("customers", 100_000), options.number("lines", 2_000_000), repeatShare,
                options.number("seed", 17));
        long start = System.nanoTime();
        long orders;
        try (OutputStream file = Files.newOutputStream(out);
                OutputStream raw = out.getFileName().toString().endsWith(".gz")
                        ? new GZIPOutputStream(file, 1 << 16) : file;
                Writer writer = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16)) {
            orders = shop.write(writer);
        }
        System.out.printf("Wrote %s: %d orders, %d products, %d customers in %.1f s%n", out, orders,
                shop.getProducts(), shop.getCustomers(), (System.nanoTime() - start) / 1e9);
    }
}
