package com.broadleafloyalty.recommend.command;

import com.broadleafloyalty.history.core.CleaningRules;
import com.broadleafloyalty.history.core.OrderHistoryCsv;
import com.broadleafloyalty.recommend.core.ProductAvailability;
import com.broadleafloyalty.recommend.core.PurchasedOrders;
import com.broadleafloyalty.recommend.core.Recommendation;
import com.broadleafloyalty.recommend.core.RecommendationEngine;
import com.broadleafloyalty.recommend.core.RecommenderSettings;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code recommend --train FILE --customers FILE --out FILE [--depth N]}: trains the storefront's engine on an
 * order-history CSV (cleaned as the README says) and writes, for every customer listed in the customers file (one
 * CustomerID a line), {@code depth} lines {@code CustomerID,rank,StockCode}, rank 1 first. Already-bought products
 * may be recommended (a deeper list lets an evaluator drop them and still have 10); a customer the file never saw
 * gets the most bought products.
 */
public final class RecommendCommand {

    private RecommendCommand() {
    }

    public static void main(String[] args) {
        int status = execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command; 0 when the file was written, 2 (after saying why on stderr) when it could not be. */
    static int execute(String[] args) {
        try {
            run(args);
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("recommend: " + e.getMessage());
            System.err.println("usage: recommend --train FILE --customers FILE --out FILE [--depth N] "
                    + CommandLine.MODEL_USAGE);
            return 2;
        }
    }

    private static void run(String[] args) throws IOException {
        Set<String> known = new HashSet<String>(Arrays.asList("train", "customers", "out", "depth"));
        known.addAll(Arrays.asList(CommandLine.MODEL_OPTIONS));
        CommandLine options = new CommandLine(args, known, Collections.<String>emptySet());
        Path train = options.existingFile("train");
        List<String> customers = readCustomers(options.existingFile("customers"));
        Path out = options.outputFile("out");
        int depth = options.number("depth", 10);
        RecommenderSettings settings = options.settings();

        long start = System.nanoTime();
        RecommendationEngine engine = new RecommendationEngine(settings);
        engine.recordOrders(PurchasedOrders.fromLines(CleaningRules.purchases(OrderHistoryCsv.read(train))));
        engine.rebuildItemWeights();
        System.err.printf("Trained on %s in %.1f s: %s%n", train, (System.nanoTime() - start) / 1e9, engine.size());

        long lines = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String customer : customers) {
                int rank = 1;
                for (Recommendation recommendation : engine.forCustomer(customer, depth,
                        ProductAvailability.EVERY_PRODUCT)) {
                    writer.write(customer + "," + rank++ + "," + recommendation.getProductId());
                    writer.newLine();
                    lines++;
                }
            }
        }
        System.err.printf("Wrote %d lines for %d customers to %s%n", lines, customers.size(), out);
    }

    /** One CustomerID a line; blank lines and a "CustomerID" header are skipped. */
    static List<String> readCustomers(Path file) throws IOException {
        List<String> customers = new ArrayList<String>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String customer = line.trim();
            if (!customer.isEmpty() && !customer.equalsIgnoreCase("CustomerID")) {
                customers.add(customer);
            }
        }
        return customers;
    }
}
