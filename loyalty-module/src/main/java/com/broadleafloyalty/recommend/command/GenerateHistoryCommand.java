package com.broadleafloyalty.recommend.command;

import com.broadleafloyalty.recommend.core.evaluation.SyntheticShop;
import com.broadleafloyalty.support.command.CommandLineTool;
import com.broadleafloyalty.support.command.HelpOption;
import com.broadleafloyalty.support.command.PositiveNumber;
import com.broadleafloyalty.support.command.ZeroOrMore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

/**
 * {@code generate-history --out FILE [--products 50000] [--customers 100000] [--lines 2000000] [--repeat-share 0.5]
 * [--seed 17]}: writes a synthetic order history ({@link SyntheticShop}) in the online-retail layout, gzip when the
 * file name ends in {@code .gz}, for the scale benchmark. The same seed writes the same file.
 */
@Command(name = "generate-history", sortOptions = false, sortSynopsis = false,
        description = "Writes a synthetic order history (power-law popularity, repeat purchases) for the scale "
                + "benchmark; the same seed writes the same file.",
        exitCodeListHeading = "Exit status:%n", exitCodeList = {"0:the file was written", "2:bad options"})
public final class GenerateHistoryCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write (gzip when the "
            + "name ends in .gz).")
    Path out;

    @Option(names = "--products", paramLabel = "N", defaultValue = "50000", converter = PositiveNumber.class,
            description = "Products in the catalog (default ${DEFAULT-VALUE}).")
    int products;

    @Option(names = "--customers", paramLabel = "N", defaultValue = "100000", converter = PositiveNumber.class,
            description = "Customers (default ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--lines", paramLabel = "N", defaultValue = "2000000", converter = PositiveNumber.class,
            description = "Order lines, about (default ${DEFAULT-VALUE}).")
    int lines;

    @Option(names = "--repeat-share", paramLabel = "P", defaultValue = "0.5",
            description = "Share of lines that repeat a customer's earlier product, 0 to 1 (default ${DEFAULT-VALUE}).")
    double repeatShare;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "17", converter = ZeroOrMore.class,
            description = "Random seed (default ${DEFAULT-VALUE}).")
    int seed;

    @Mixin
    HelpOption help;

    public static void main(String[] args) {
        int status = CommandLineTool.execute("generate-history", new GenerateHistoryCommand(), args);
        if (status != 0) {
            System.exit(status);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (!(repeatShare >= 0d && repeatShare <= 1d)) {
            throw new IllegalArgumentException("--repeat-share must be from 0 to 1, got " + repeatShare);
        }
        SyntheticShop shop = new SyntheticShop(products, customers, lines, repeatShare, seed);
        long start = System.nanoTime();
        long orders;
        try (OutputStream file = Files.newOutputStream(out);
                OutputStream raw = out.getFileName().toString().endsWith(".gz")
                        ? new GZIPOutputStream(file, 1 << 16) : file;
                Writer writer = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16)) {
            orders = shop.write(writer);
        }
        System.out.printf(Locale.ROOT, "Wrote %s: %d orders, %d products, %d customers in %.1f s%n", out, orders,
                shop.getProducts(), shop.getCustomers(), (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
