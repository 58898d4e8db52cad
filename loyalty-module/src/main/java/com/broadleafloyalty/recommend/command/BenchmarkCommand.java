package com.broadleafloyalty.recommend.command;

import com.broadleafloyalty.history.core.CleaningPolicy;
import com.broadleafloyalty.history.core.OrderHistory;
import com.broadleafloyalty.recommend.core.ModelSize;
import com.broadleafloyalty.recommend.core.ProductAvailability;
import com.broadleafloyalty.recommend.core.PurchasedOrder;
import com.broadleafloyalty.recommend.core.PurchasedOrders;
import com.broadleafloyalty.recommend.core.RecommendationEngine;
import com.broadleafloyalty.recommend.core.RecommenderSettings;
import com.broadleafloyalty.support.command.CommandLineTool;
import com.broadleafloyalty.support.command.ExistingFile;
import com.broadleafloyalty.support.command.HelpOption;
import com.broadleafloyalty.support.command.PositiveNumber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code bench-recommend --data FILE [--requests N]}: trains the engine on the whole file's purchases
 * ({@link CleaningPolicy#PURCHASES_ONLY}), times a full rebuild, then serves N requests of each type (customer, bought
 * together, cart, recording an order) on one thread after a warm-up, with 5% of products unsellable so filtering is
 * paid for, and prints p50/p99/max and the model's memory.
 */
@Command(name = "bench-recommend", sortOptions = false, sortSynopsis = false, description = "Times a full rebuild of the recommendation "
        + "engine and its requests on an order history.")
public final class BenchmarkCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "FILE", converter = ExistingFile.class,
            description = "Order history (CSV, plain or gzip).")
    Path data;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "20000", converter = PositiveNumber.class,
            description = "Measured requests of each type (default ${DEFAULT-VALUE}).")
    int requests;

    @Mixin
    HelpOption help;

    public static void main(String[] args) {
        int status = CommandLineTool.execute("bench-recommend", new BenchmarkCommand(), args);
        if (status != 0) {
            System.exit(status);
        }
    }

    @Override
    public Integer call() throws Exception {
        List<PurchasedOrder> orders = PurchasedOrders.fromLines(
                OrderHistory.read(data, CleaningPolicy.PURCHASES_ONLY).getLines());
        System.out.printf("Java %s, %d cores, max heap %d MiB; %d orders%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, orders.size());

        long heapBefore = usedHeap();
        long start = System.nanoTime();
        RecommendationEngine engine = new RecommendationEngine(RecommenderSettings.defaults());
        engine.recordOrders(orders);
        long recorded = System.nanoTime();
        long historiesBytes = usedHeap() - heapBefore;
        engine.rebuildItemWeights();
        long rebuilt = System.nanoTime();
        ModelSize size = engine.size();
        System.out.printf(Locale.ROOT, "Full rebuild: %.2f s (replaying %d orders %.2f s, learning weights %.2f s)%n",
                (rebuilt - start) / 1e9, orders.size(), (recorded - start) / 1e9, (rebuilt - recorded) / 1e9);
        System.out.printf(Locale.ROOT, "Model: %s%n", size);
        System.out.printf(Locale.ROOT, "Memory: %.0f KiB per 1,000 products (product weights), %.0f KiB per 1,000 "
                + "customers (purchase histories, measured on the heap), %.0f KiB for all %d customers%n",
                size.getWeightBytes() / 1024d / size.getProducts() * 1000, historiesBytes / 1024d
                        / size.getCustomers() * 1000, historiesBytes / 1024d, size.getCustomers());

        Random random = new Random(42);
        final Set<String> unsellable = new HashSet<String>();
        for (PurchasedOrder order : orders) {
            for (String product : order.getProductIds()) {
                if (product.hashCode() % 20 == 0) {
                    unsellable.add(product);
                }
            }
        }
        ProductAvailability availability = product -> !unsellable.contains(product);
        RequestMix mix = new RequestMix(engine, orders, availability, random);
        mix.run(requests / 4, false);
        List<LatencySample> samples = mix.run(requests, true);
        System.out.println("| request | count | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (LatencySample sample : samples) {
            System.out.println(sample.row());
        }
        return 0;
    }

    private static long usedHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Requests drawn from the real orders: their customers, their products, their baskets as carts. */
    private static final class RequestMix {

        private final RecommendationEngine engine;
        private final List<PurchasedOrder> orders;
        private final ProductAvailability availability;
        private final Random random;

        RequestMix(RecommendationEngine engine, List<PurchasedOrder> orders, ProductAvailability availability,
                Random random) {
            this.engine = engine;
            this.orders = orders;
            this.availability = availability;
            this.random = random;
        }

        List<LatencySample> run(int count, boolean measured) {
            LatencySample customer = new LatencySample("for a customer (top 10)", count);
            LatencySample together = new LatencySample("bought together (top 10)", count);
            LatencySample cart = new LatencySample("for a cart of 1-5 products (top 10)", count);
            LatencySample record = new LatencySample("record a completed order", count);
            for (int i = 0; i < count; i++) {
                PurchasedOrder order = orders.get(random.nextInt(orders.size()));
                List<String> products = order.getProductIds();
                long t0 = System.nanoTime();
                engine.forCustomer(order.getCustomerId(), 10, availability);
                long t1 = System.nanoTime();
                engine.boughtTogether(products.get(random.nextInt(products.size())), 10, availability);
                long t2 = System.nanoTime();
                List<String> basket = new ArrayList<String>(products.subList(0, Math.min(products.size(),
                        1 + random.nextInt(5))));
                engine.forCart(order.getCustomerId(), basket, 10, availability);
                long t3 = System.nanoTime();
                if (measured) {
                    engine.recordOrder(new PurchasedOrder(order.getCustomerId(), order.getOrderedAtMillis(), basket));
                }
                long t4 = System.nanoTime();
                customer.add(t1 - t0);
                together.add(t2 - t1);
                cart.add(t3 - t2);
                record.add(t4 - t3);
            }
            return Arrays.asList(customer, together, cart, record);
        }
    }
}
