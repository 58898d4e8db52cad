package com.broadleafloyalty.recommend.core.evaluation;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Generates an order history in the online-retail layout (InvoiceNo, StockCode, Description, Quantity, InvoiceDate,
 * UnitPrice, CustomerID, Country) for scale benchmarks, reproducibly from a seed:
 * <ul>
 * <li>product popularity follows a power law (Zipf, exponent 1): the r-th product is bought about 1/r as often as
 *     the first; products belong to categories of 100;</li>
 * <li>every customer orders at least once; who orders again follows a power law too (Pareto: a few customers place
 *     dozens of orders, most one or two), and each customer has two favourite categories, which most of their new
 *     products come from (co-purchase structure for the product weights to find);</li>
 * <li>repeat purchase: each line of a returning customer's order is, with probability {@code repeatShare}, a product
 *     the customer bought before, chosen in proportion to how often they bought it;</li>
 * <li>baskets of 1 to 60 distinct products, geometric with a mean of about 10 lines, over a year of dates.</li>
 * </ul>
 * Lines are written until {@code lines} are out.
 */
public final class SyntheticShop {

    private static final int CATEGORY_SIZE = 100;
    private static final int MAX_BASKET = 60;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final long START = Instant.parse("2021-01-01T08:00:00Z").toEpochMilli();
    private static final long YEAR = 365L * 86_400_000L;

    private final int products;
    private final int customers;
    private final long lines;
    private final double repeatShare;
    private final Random random;
    private final double[] productCumulative;
    private final double[] customerCumulative;
    private final int[][] favouriteCategories;
    private final int[][] bought;
    private final int[] boughtSize;

    public SyntheticShop(int products, int customers, long lines, double repeatShare, long seed) {
        if (products < CATEGORY_SIZE || customers < 1 || lines < 1) {
            throw new IllegalArgumentException("A synthetic shop needs at least " + CATEGORY_SIZE
                    + " products, a customer and a line");
        }
        this.products = products;
        this.customers = customers;
        this.lines = lines;
        this.repeatShare = repeatShare;
        this.random = new Random(seed);
        this.productCumulative = cumulative(products, 1d);
        this.customerCumulative = paretoActivity(customers);
        int categories = products / CATEGORY_SIZE;
        this.favouriteCategories = new int[customers][];
        for (int c = 0; c < customers; c++) {
            favouriteCategories[c] = new int[] {random.nextInt(categories), random.nextInt(categories)};
        }
        this.bought = new int[customers][];
        this.boughtSize = new int[customers];
    }

    /** Writes the header and every line; returns the number of orders written. */
    private static final String[] COLOURS = {"red", "blue", "green", "pink", "white", "black", "ivory", "gold",
        "silver", "purple", "orange", "grey"};
    private static final String[] MOTIFS = {"star", "heart", "spot", "stripe", "flower", "bird", "owl", "vintage",
        "retro", "paisley", "check", "doily", "cake", "tree", "bell", "angel", "rose", "leaf", "cherry", "apple",
        "moon", "snowflake", "reindeer", "robin", "daisy", "tulip", "lace", "gingham", "polkadot", "butterfly"};
    private static final String[] KINDS = {"lantern", "mug", "bag", "candle", "frame", "clock", "cushion", "tin",
        "jar", "plate", "bowl", "card", "ribbon", "garland", "sign", "tray", "box", "light", "doorstop", "notebook",
        "apron", "teapot", "napkins", "coaster", "wreath", "bunting", "umbrella", "purse", "magnet", "basket"};

    public long write(Writer out) throws IOException {
        out.write("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
        long written = 0;
        long orders = 0;
        long expectedOrders = Math.max(1, lines / 10);
        StringBuilder line = new StringBuilder(96);
        int[] basket = new int[MAX_BASKET];
        int[] firstOrders = shuffledCustomers();
        while (written < lines) {
            // Every customer orders once (in a random order) before activity decides who orders again.
            int customer = orders < firstOrders.length ? firstOrders[(int) orders] : pick(customerCumulative);
            long at = START + (long) (YEAR * Math.min(1d, orders / (double) expectedOrders))
                    + random.nextInt(3_600_000);
            int size = (int) Math.min(Math.min(MAX_BASKET, lines - written), basketSize());
            int filled = fillBasket(customer, size, basket);
            String invoice = String.valueOf(100_000 + orders);
            String date = DATE.format(Instant.ofEpochMilli(at));
            for (int k = 0; k < filled; k++) {
                int product = basket[k];
                line.setLength(0);
                line.append(invoice).append(',').append(stockCode(product)).append(',').append(name(product))
                        .append(',').append(1 + random.nextInt(12)).append(',').append(date).append(',')
                        .append(price(product)).append(',').append(10_000 + customer).append(",United Kingdom\n");
                out.write(line.toString());
                remember(customer, product);
            }
            written += filled;
            orders++;
        }
        return orders;
    }

    private int[] shuffledCustomers() {
        int[] order = new int[customers];
        for (int c = 0; c < customers; c++) {
            order[c] = c;
        }
        for (int c = customers - 1; c > 0; c--) {
            int other = random.nextInt(c + 1);
            int swap = order[c];
            order[c] = order[other];
            order[other] = swap;
        }
        return order;
    }

    private int fillBasket(int customer, int size, int[] basket) {
        int filled = 0;
        int attempts = 0;
        while (filled < size && attempts++ < size * 4) {
            int product = boughtSize[customer] > 0 && random.nextDouble() < repeatShare ? repeatProduct(customer)
                    : newProduct(customer);
            boolean duplicate = false;
            for (int k = 0; k < filled && !duplicate; k++) {
                duplicate = basket[k] == product;
            }
            if (!duplicate) {
                basket[filled++] = product;
            }
        }
        return filled;
    }

    /** A product from the customer's history, in proportion to how often they bought it. */
    private int repeatProduct(int customer) {
        return bought[customer][random.nextInt(boughtSize[customer])];
    }

    /** Mostly (70 %) from a favourite category, by popularity within it; otherwise by popularity in the shop. */
    private int newProduct(int customer) {
        if (random.nextDouble() < 0.7d) {
            int category = favouriteCategories[customer][random.nextInt(2)];
            // Zipf within the category: the k-th product of the category about 1/k as often as the first.
            int rank = (int) Math.floor(Math.pow(CATEGORY_SIZE + 1d, random.nextDouble())) - 1;
            return Math.min(products - 1, category * CATEGORY_SIZE + Math.min(CATEGORY_SIZE - 1, rank));
        }
        return pick(productCumulative);
    }

    private void remember(int customer, int product) {
        int[] history = bought[customer];
        if (history == null) {
            history = new int[8];
        } else if (boughtSize[customer] == history.length) {
            history = Arrays.copyOf(history, history.length * 2);
        }
        history[boughtSize[customer]++] = product;
        bought[customer] = history;
    }

    /** Geometric with a mean of about 10, at least 1. */
    private long basketSize() {
        return 1 + (long) Math.floor(Math.log(1d - random.nextDouble()) / Math.log(0.9d));
    }

    private int pick(double[] cumulative) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, target);
        return Math.min(cumulative.length - 1, found >= 0 ? found : -found - 1);
    }

    /** The r-th item (from 0) weighs 1 / (r + 1)^exponent. */
    private static double[] cumulative(int size, double exponent) {
        double[] cumulative = new double[size];
        double sum = 0d;
        for (int r = 0; r < size; r++) {
            sum += 1d / Math.pow(r + 1d, exponent);
            cumulative[r] = sum;
        }
        return cumulative;
    }

    /** Customer activity from a Pareto distribution (shape 1.5), capped so no customer dominates. */
    private double[] paretoActivity(int size) {
        double[] cumulative = new double[size];
        double sum = 0d;
        for (int c = 0; c < size; c++) {
            sum += Math.min(200d, Math.pow(1d - random.nextDouble(), -1d / 1.5d));
            cumulative[c] = sum;
        }
        return cumulative;
    }

    /** Stock codes start with a digit, as the cleaning rules expect of products. */
    /**
     * A product's name, from its number alone (no random draw, so the orders do not depend on it): a colour, a motif
     * and the kind of product its category sells ("blue star lantern"), the way a shop names its product lines, so
     * products of one category share a word.
     */
    static String name(int product) {
        int category = product / CATEGORY_SIZE;
        return COLOURS[product % COLOURS.length] + " " + MOTIFS[(product / COLOURS.length) % MOTIFS.length] + " "
                + KINDS[category % KINDS.length];
    }

    static String stockCode(int product) {
        return String.valueOf(100_000 + product);
    }

    private static String price(int product) {
        int pence = 50 + (product * 7919) % 1950;
        return pence / 100 + "." + (pence % 100 < 10 ? "0" : "") + pence % 100;
    }

    public int getProducts() {
        return products;
    }

    public int getCustomers() {
        return customers;
    }
}
