package com.broadleafloyalty.recommend.command;

import com.broadleafloyalty.recommend.core.RecommenderSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of a command, checked against the names the command knows. */
final class CommandLine {

    private final Map<String, String> options = new HashMap<String, String>();

    /** {@code flags} are options without a value, e.g. {@code --validation}. */
    CommandLine(String[] args, Set<String> known, Set<String> flags) {
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.startsWith("--") && flags.contains(name.substring(2))) {
                options.put(name.substring(2), "yes");
                continue;
            }
            if (!name.startsWith("--") || !known.contains(name.substring(2))) {
                throw new IllegalArgumentException("Unknown option " + name);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Option " + name + " needs a value");
            }
            options.put(name.substring(2), args[++i]);
        }
    }

    String text(String name, String fallback) {
        String value = options.get(name);
        return value == null ? fallback : value;
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    Path existingFile(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Missing --" + name + " FILE");
        }
        Path path = Paths.get(value);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("--" + name + ": no such file " + value);
        }
        return path;
    }

    Path outputFile(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Missing --" + name + " FILE");
        }
        return Paths.get(value);
    }

    int number(String name, int fallback) {
        String value = options.get(name);
        try {
            int number = value == null ? fallback : Integer.parseInt(value);
            if (number <= 0) {
                throw new IllegalArgumentException("--" + name + " must be a positive whole number, got " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, got " + value);
        }
    }

    double decimal(String name, double fallback) {
        String value = options.get(name);
        try {
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number, got " + value);
        }
    }

    /** The engine's settings with any of {@link #MODEL_OPTIONS} applied. */
    RecommenderSettings settings() {
        RecommenderSettings defaults = RecommenderSettings.defaults();
        return defaults.withHalfLifeDays(decimal("half-life", defaults.getHalfLifeDays()))
                .withFrequencyHalfLifeDays(decimal("frequency-half-life", defaults.getFrequencyHalfLifeDays()))
                .withTrendHalfLifeDays(decimal("trend-half-life", defaults.getTrendHalfLifeDays()))
                .withRidgeLambda(decimal("lambda", defaults.getRidgeLambda()))
                .withRepurchaseWeight(decimal("repurchase-weight", defaults.getRepurchaseWeight()))
                .withNeighboursPerProduct(number("neighbours", defaults.getNeighboursPerProduct()))
                .withDenseProducts(number("dense-products", defaults.getDenseProducts()))
                .withCustomerNeighbours(number("customer-neighbours", defaults.getCustomerNeighbours()))
                .withNeighbourWeight(decimal("neighbour-weight", defaults.getNeighbourWeight()))
                .withRebuildThreads(number("rebuild-threads", defaults.getRebuildThreads()));
    }

    static final String[] MODEL_OPTIONS = {"half-life", "frequency-half-life", "trend-half-life", "lambda",
        "repurchase-weight", "neighbours", "dense-products", "customer-neighbours", "neighbour-weight",
        "rebuild-threads"};

    /** The usage line's part for {@link #MODEL_OPTIONS}. */
    static final String MODEL_USAGE = "[--half-life D] [--frequency-half-life D] [--trend-half-life D] [--lambda L] "
            + "[--repurchase-weight W] [--neighbours K] [--dense-products N] [--customer-neighbours K] "
            + "[--neighbour-weight W] [--rebuild-threads T]";
}
