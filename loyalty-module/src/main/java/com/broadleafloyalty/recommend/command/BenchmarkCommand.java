package com.broadleafloyalty.recommend.command;

import com.broadleafloyalty.history.core.CleaningPolicy;
import com.broadleafloyalty.history.core.OrderHistory;
import com.broadleafloyalty.history.core.OrderLine;
import com.broadleafloyalty.recommend.core.ModelSize;
import com.broadleafloyalty.recommend.core.ProductAvailability;
import com.broadleafloyalty.recommend.core.PurchasedOrder;
import com.broadleafloyalty.recommend.core.PurchasedOrders;
import com.broadleafloyalty.recommend.core.RecommendationEngine;
import com.broadleafloyalty.support.command.CommandLineTool;
import com.broadleafloyalty.support.command.ExistingFile;
import com.broadleafloyalty.support.command.HelpOption;
import com.broadleafloyalty.support.command.PositiveNumber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code bench-recommend --data FILE [--requests N] [--rebuilds N]}: trains the engine on the whole file's purchases
 * ({@link CleaningPolicy#PURCHASES_ONLY}), times N full rebuilds (median) with the heap's peak during them, then
 * serves requests of each type (customer, bought together, cart, recording a completed order: the recommender's part
 * of a checkout) on one thread while a rebuild on one thread (as in the shop) is switched on and off beside them,
 * with 5% of products unsellable so filtering is paid for, and prints p50/p99/max with and without a rebuild running,
 * and the model's memory.
 */
@Command(name = "bench-recommend", sortOptions = false, sortSynopsis = false, description = "Times a full rebuild of the recommendation "
        + "engine and its requests on an order history.")
public final class BenchmarkCommand implements Callable<Integer> {

    private static final int BLOCK = 2_000;

    @Option(names = "--data", required = true, paramLabel = "FILE", converter = ExistingFile.class,
            description = "Order history (CSV, plain or gzip).")
    Path data;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "20000", converter = PositiveNumber.class,
            description = "Measured requests of each type, with and without a rebuild running (default "
                    + "${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--rebuilds", paramLabel = "N", defaultValue = "3", converter = PositiveNumber.class,
            description = "Full rebuilds timed (default ${DEFAULT-VALUE}; the median is reported).")
    int rebuilds;

    @Mixin
    ModelOptions model;

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
        long readStart = System.nanoTime();
        List<OrderLine> lines = OrderHistory.read(data, CleaningPolicy.PURCHASES_ONLY).getLines();
        List<PurchasedOrder> orders = PurchasedOrders.fromLines(lines);
        Map<String, String> names = PurchasedOrders.namesFromLines(lines);
        lines = null; // garbage from here: the heap figures below must not count the lines
        System.out.printf(Locale.ROOT, "Java %s, %d cores, max heap %d MiB; %d orders read in %.1f s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, orders.size(), (System.nanoTime() - readStart) / 1e9);

        HeapWatch heap = new HeapWatch();
        long heapBefore = heap.usedAfterGc();
        RecommendationEngine engine = new RecommendationEngine(model.settings());
        long start = System.nanoTime();
        engine.recordOrders(orders);
        engine.nameProducts(names);
        long recorded = System.nanoTime();
        long historiesBytes = heap.usedAfterGc() - heapBefore;
        double[] seconds = new double[rebuilds];
        heap.resetPeak();
        long heapBeforeRebuild = heap.used();
        double[] cpuSeconds = new double[rebuilds];
        for (int r = 0; r < rebuilds; r++) {
            long cpu0 = heap.processCpuNanos();
            long t0 = System.nanoTime();
            engine.rebuildItemWeights();
            seconds[r] = (System.nanoTime() - t0) / 1e9;
            cpuSeconds[r] = (heap.processCpuNanos() - cpu0) / 1e9;
        }
        long peak = heap.peak();
        long modelBytes = heap.usedAfterGc() - heapBefore;
        ModelSize size = engine.size();
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double[] sortedCpu = cpuSeconds.clone();
        Arrays.sort(sortedCpu);
        System.out.printf(Locale.ROOT, "Replaying %d orders: %.2f s; full rebuild (learning weights and similar "
                + "customers, %d threads): median %.2f s of %s; process CPU time median %.2f s of %s%n",
                orders.size(), (recorded - start) / 1e9, engine.getSettings().getRebuildThreads(),
                sorted[sorted.length / 2], rounded(seconds), sortedCpu[sortedCpu.length / 2], rounded(cpuSeconds));
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
        mix.run(Math.min(requests, 5_000), null, null, null);
        RebuildBeside rebuild = new RebuildBeside(engine);
        List<LatencySample> idle = mix.samples("", requests);
        List<LatencySample> busy = mix.samples(" (rebuild running)", requests);
        long begin = System.nanoTime();
        for (int block = 0; idle.get(0).size() < requests || busy.get(0).size() < requests; block++) {
            // Rebuilds are asked for every other block; each request counts as "rebuild running" or not by what
            // the rebuild thread was doing when it started and ended (a request that saw both is not counted).
            rebuild.running(block % 2 == 1 && busy.get(0).size() < requests, false);
            mix.run(BLOCK, rebuild, idle.get(0).size() < requests ? idle : null,
                    busy.get(0).size() < requests ? busy : null);
        }
        rebuild.stop();
        System.out.printf(Locale.ROOT, "Requests on one thread, %d of each type with and without a rebuild running "
                + "beside them on one thread (%d rebuilds in %.0f s)%n", requests, rebuild.completed(),
                (System.nanoTime() - begin) / 1e9);
        System.out.println("| request | count | p50 ms | p99 ms | max ms | CPU p50 ms | CPU p99 ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (int k = 0; k < idle.size(); k++) {
            System.out.println(idle.get(k).row());
            System.out.println(busy.get(k).row());
        }
        System.out.printf(Locale.ROOT, "Rebuild on one thread beside the requests: median %.2f s wall clock, %.2f s "
                + "of that thread's CPU time%n", rebuild.medianWallSeconds(), rebuild.medianCpuSeconds());
        StringBuilder ratios = new StringBuilder("Rebuild running / not, wall-clock p50 and p99:");
        for (int k = 0; k < idle.size(); k++) {
            ratios.append(String.format(Locale.ROOT, "%s %s %.2fx, %.2fx", k == 0 ? "" : ";", idle.get(k).name(),
                    busy.get(k).percentileMillis(50) / idle.get(k).percentileMillis(50),
                    busy.get(k).percentileMillis(99) / idle.get(k).percentileMillis(99)));
        }
        System.out.println(ratios);
        return 0;
    }

    private static String rounded(double[] values) {
        StringBuilder text = new StringBuilder("[");
        for (double value : values) {
            text.append(text.length() > 1 ? ", " : "").append(String.format(Locale.ROOT, "%.2f", value));
        }
        return text.append(']').toString();
    }

    /** Requests drawn from the real orders: their customers, their products, their baskets as carts. */
    private static final class RequestMix {

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        /**
         * Wall-clock and this thread's CPU time: on a shared machine a request can wait for a core in the middle,
         * which the wall clock counts and the CPU time does not.
         */
        private static void clock(long[] wall, long[] cpu, int k) {
            cpu[k] = THREADS.getCurrentThreadCpuTime();
            wall[k] = System.nanoTime();
        }

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

        /**
         * Serves {@code count} rounds, measured into {@code idle} or {@code busy} by whether a rebuild ran beside the
         * round (not measured when that list is null, nor when {@code rebuild} is null: warm-up).
         */
        void run(int count, RebuildBeside rebuild, List<LatencySample> idle, List<LatencySample> busy) {
            for (int i = 0; i < count; i++) {
                PurchasedOrder order = orders.get(random.nextInt(orders.size()));
                List<String> products = order.getProductIds();
                boolean rebuildingBefore = rebuild != null && rebuild.isBusy();
                List<String> basket = new ArrayList<String>(products.subList(0, Math.min(products.size(),
                        1 + random.nextInt(5))));
                String product = products.get(random.nextInt(products.size()));
                long[] wall = new long[5];
                long[] cpu = new long[5];
                clock(wall, cpu, 0);
                engine.forCustomer(order.getCustomerId(), 10, availability);
                clock(wall, cpu, 1);
                engine.boughtTogether(product, 10, availability);
                clock(wall, cpu, 2);
                engine.forCart(order.getCustomerId(), basket, 10, availability);
                clock(wall, cpu, 3);
                engine.recordOrder(new PurchasedOrder(order.getCustomerId(), order.getOrderedAtMillis(), basket));
                clock(wall, cpu, 4);
                boolean rebuildingAfter = rebuild != null && rebuild.isBusy();
                List<LatencySample> samples = rebuild == null || rebuildingBefore != rebuildingAfter ? null
                        : rebuildingBefore ? busy : idle;
                if (samples != null && samples.get(0).size() < samples.get(0).capacity()) {
                    for (int k = 0; k < 4; k++) {
                        samples.get(k).add(wall[k + 1] - wall[k], cpu[k + 1] - cpu[k]);
                    }
                }
            }
        }
    }
}
