package com.broadleafloyalty.recommend.command;

import com.broadleafloyalty.history.core.CleaningPolicy;
import com.broadleafloyalty.history.core.OrderHistory;
import com.broadleafloyalty.history.core.OrderLine;
import com.broadleafloyalty.recommend.core.ProductAvailability;
import com.broadleafloyalty.recommend.core.PurchasedOrders;
import com.broadleafloyalty.recommend.core.Recommendation;
import com.broadleafloyalty.recommend.core.RecommendationEngine;
import com.broadleafloyalty.recommend.core.RecommenderSettings;
import com.broadleafloyalty.support.command.CommandLineTool;
import com.broadleafloyalty.support.command.ExistingFile;
import com.broadleafloyalty.support.command.HelpOption;
import com.broadleafloyalty.support.command.PositiveNumber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code recommend --train FILE --customers FILE --out FILE [--depth N]}: trains the storefront's engine on an
 * order-history CSV (its purchases, {@link CleaningPolicy#PURCHASES_ONLY}) and writes, for every customer listed in
 * the customers file (one CustomerID a line), {@code depth} lines {@code CustomerID,rank,StockCode}, rank 1 first.
 * Already-bought products may be recommended (a deeper list lets an evaluator drop them and still have 10); a
 * customer the file never saw gets the most bought products.
 */
@Command(name = "recommend", sortOptions = false, sortSynopsis = false, description = "Trains the recommendation engine on an order "
        + "history and writes ranked recommendations (CustomerID,rank,StockCode) for the listed customers.",
        exitCodeListHeading = "Exit status:%n", exitCodeList = {"0:the file was written",
            "2:bad options, or a file that cannot be read"})
public final class RecommendCommand implements Callable<Integer> {

    @Option(names = "--train", required = true, paramLabel = "FILE", converter = ExistingFile.class,
            description = "Order history to train on (CSV, plain or gzip).")
    Path train;

    @Option(names = "--customers", required = true, paramLabel = "FILE", converter = ExistingFile.class,
            description = "CustomerIDs to recommend for, one a line.")
    Path customersFile;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the lists.")
    Path out;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "10", converter = PositiveNumber.class,
            description = "Recommendations per customer (default ${DEFAULT-VALUE}).")
    int depth;

    @Mixin
    ModelOptions model;

    @Mixin
    HelpOption help;

    public static void main(String[] args) {
        int status = execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command; 0 when the file was written, 2 (after saying why on stderr) when it could not be. */
    static int execute(String... args) {
        return CommandLineTool.execute("recommend", new RecommendCommand(), args);
    }

    @Override
    public Integer call() throws IOException {
        List<String> customers = readCustomers(customersFile);
        RecommenderSettings settings = model.settings();

        long start = System.nanoTime();
        RecommendationEngine engine = new RecommendationEngine(settings);
        List<OrderLine> lines = OrderHistory.read(train, CleaningPolicy.PURCHASES_ONLY).getLines();
        engine.recordOrders(PurchasedOrders.fromLines(lines));
        engine.nameProducts(PurchasedOrders.namesFromLines(lines));
        engine.rebuildItemWeights();
        System.err.printf("Trained on %s in %.1f s: %s%n", train, (System.nanoTime() - start) / 1e9, engine.size());

        long written = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String customer : customers) {
                int rank = 1;
                for (Recommendation recommendation : engine.forCustomer(customer, depth,
                        ProductAvailability.EVERY_PRODUCT)) {
                    writer.write(customer + "," + rank++ + "," + recommendation.getProductId());
                    writer.newLine();
                    written++;
                }
            }
        }
        System.err.printf("Wrote %d lines for %d customers to %s%n", written, customers.size(), out);
        return 0;
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
