package com.broadleafloyalty.recommend.command;

import com.broadleafloyalty.history.core.CleaningRules;
import com.broadleafloyalty.history.core.OrderHistoryCsv;
import com.broadleafloyalty.recommend.core.ModelSize;
import com.broadleafloyalty.recommend.core.ProductAvailability;
import com.broadleafloyalty.recommend.core.PurchasedOrder;
import com.broadleafloyalty.recommend.core.PurchasedOrders;
import com.broadleafloyalty.recommend.core.RecommendationEngine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * {@code bench-recommend --data FILE [--requests N] [--rebuilds N]}: trains the engine on the whole file, times N
 * full rebuilds (median) with the heap's peak during them, then serves requests of each type (customer, bought
 * together, cart, recording a completed order: the recommender's part of a checkout) on one thread, in alternating
 * blocks with and without a rebuild running beside them on one thread (as in the shop), with 5% of products
 * unsellable so filtering is paid for, and prints p50/p99/max of both and the model's memory.
 */
public final class BenchmarkCommand {

    private static final int BLOCK = 1_000;

    private BenchmarkCommand() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception e) {
            System.err.println("bench-recommend: " + e.getMessage());
            System.err.println("usage: bench-recommend --data FILE [--requests N] [--rebuilds N] "
                    + CommandLine.MODEL_USAGE);
            System.exit(2);
        }
    }

    private static void run(String[] args) throws Exception {
        Set<String> known = new HashSet<String>(Arrays.asList("data", "requests", "rebuilds"));
        known.addAll(Arrays.asList(CommandLine.MODEL_OPTIONS));
        CommandLine options = new CommandLine(args, known, Collections.<String>emptySet());
        int requests = options.number("requests", 20_000);
        int rebuilds = options.number("rebuilds", 3);
        long readStart = System.nanoTime();
        List<PurchasedOrder> orders = PurchasedOrders.fromLines(
                CleaningRules.purchases(OrderHistoryCsv.read(options.existingFile("data"))));
        System.out.printf(Locale.ROOT, "Java %s, %d cores, max heap %d MiB; %d orders read in %.1f s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, orders.size(), (System.nanoTime() - readStart) / 1e9);

        HeapWatch heap = new HeapWatch();
        long heapBefore = heap.usedAfterGc();
        RecommendationEngine engine = new RecommendationEngine(options.settings());
        long start = System.nanoTime();
        engine.recordOrders(orders);
        long recorded = System.nanoTime();
        long historiesBytes = heap.usedAfterGc() - heapBefore;
        double[] seconds = new double[rebuilds];
        heap.resetPeak();
        long heapBeforeRebuild = heap.used();
        for (int r = 0; r < rebuilds; r++) {
            long t0 = System.nanoTime();
            engine.rebuildItemWeights();
            seconds[r] = (System.nanoTime() - t0) / 1e9;
        }
        long peak = heap.peak();
        long modelBytes = heap.usedAfterGc() - heapBefore;
        ModelSize size = engine.size();
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "Replaying %d orders: %.2f s; full rebuild (learning weights and similar "
                + "customers, %d threads): median %.2f s of %s%n", orders.size(), (recorded - start) / 1e9,
                engine.getSettings().getRebuildThreads(), sorted[sorted.length / 2], Arrays.toString(seconds));
        System.out.printf(Locale.ROOT, "Heap: %d MiB in use before the rebuilds, peak %d MiB during them (sum of the "
                + "heap pools' peaks), %d MiB for the whole model after GC%n", heapBeforeRebuild >> 20, peak >> 20,
                modelBytes >> 20);
        System.out.printf(Locale.ROOT, "Model: %s%n", size);
        System.out.printf(Locale.ROOT, "Memory: %.0f KiB per 1,000 products (product weights), %.0f KiB per 1,000 "
                + "customers (purchase histories measured on the heap, %.0f KiB; similar customers %.0f KiB)%n",
                size.getWeightBytes() / 1024d / size.getProducts() * 1000,
                (historiesBytes + size.getNeighbourBytes()) / 1024d / size.getCustomers() * 1000,
                historiesBytes / 1024d / size.getCustomers() * 1000,
                size.getNeighbourBytes() / 1024d / size.getCustomers() * 1000);

        final Set<String> unsellable = new HashSet<String>();
        for (PurchasedOrder order : orders) {
            for (String product : order.getProductIds()) {
                if (product.hashCode() % 20 == 0) {
                    unsellable.add(product);
                }
            }
        }
        ProductAvailability availability = product -> !unsellable.contains(product);
        RequestMix mix = new RequestMix(engine, orders, availability, new Random(42));
        mix.run(Math.min(requests, 5_000), null);
        RebuildBeside rebuild = new RebuildBeside(engine);
        List<LatencySample> idle = mix.samples("", requests);
        List<LatencySample> busy = mix.samples(" (rebuild running)", requests);
        for (int done = 0; done < requests; done += BLOCK) {
            for (boolean rebuilding : new boolean[] {false, true}) {
                rebuild.running(rebuilding);
                mix.run(Math.min(BLOCK, requests - done), rebuilding ? busy : idle);
            }
        }
        rebuild.stop();
        System.out.printf("Requests on one thread, %d of each type in each mode, in alternating blocks of %d; "
                + "%d rebuilds ran beside them on one thread%n", requests, BLOCK, rebuild.completed());
        System.out.println("| request | count | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (int k = 0; k < idle.size(); k++) {
            System.out.println(idle.get(k).row());
            System.out.println(busy.get(k).row());
        }
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

        List<LatencySample> samples(String mode, int count) {
            return Arrays.asList(new LatencySample("for a customer (top 10)" + mode, count),
                    new LatencySample("bought together (top 10)" + mode, count),
                    new LatencySample("for a cart of 1-5 products (top 10)" + mode, count),
                    new LatencySample("record a completed order" + mode, count));
        }

        /** Serves {@code count} rounds; measured into {@code samples} unless null (warm-up). */
        void run(int count, List<LatencySample> samples) {
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
                if (samples != null) {
                    engine.recordOrder(new PurchasedOrder(order.getCustomerId(), order.getOrderedAtMillis(), basket));
                }
                long t4 = System.nanoTime();
                if (samples != null) {
                    samples.get(0).add(t1 - t0);
                    samples.get(1).add(t2 - t1);
                    samples.get(2).add(t3 - t2);
                    samples.get(3).add(t4 - t3);
                }
            }
        }
    }
}
