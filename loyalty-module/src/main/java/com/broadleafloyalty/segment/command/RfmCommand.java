package com.broadleafloyalty.segment.command;

import com.broadleafloyalty.history.core.CleaningPolicy;
import com.broadleafloyalty.history.core.CleaningTally;
import com.broadleafloyalty.history.core.OrderHistory;
import com.broadleafloyalty.history.core.OrderLine;
import com.broadleafloyalty.segment.core.CustomerAggregate;
import com.broadleafloyalty.segment.core.CustomerAggregates;
import com.broadleafloyalty.segment.core.LifecyclePhase;
import com.broadleafloyalty.segment.core.LifecycleRule;
import com.broadleafloyalty.segment.core.RfmScoring;
import com.broadleafloyalty.segment.core.ScoredCustomer;
import com.broadleafloyalty.segment.core.Segment;
import com.broadleafloyalty.support.command.CommandLineTool;
import com.broadleafloyalty.support.command.ExistingFile;
import com.broadleafloyalty.support.command.HelpOption;
import com.broadleafloyalty.support.command.PositiveNumber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code rfm --data FILE [--runs N] [--return-window-days D]}: RFM over an order-history CSV with the plain-Java
 * core. Orders are the invoices of the file's purchases as {@link CleaningPolicy#PURCHASES_ONLY} defines them (the
 * sales the replay places as orders, before returns): guest lines, credit notes (C) and bad-debt adjustments (A),
 * fee codes, lines free in whole pence, wrong-signed quantities and repeated lines are left out, so cancellations
 * are excluded, not netted. An order's time is its earliest line, its amount the sum of quantity × unit price (whole
 * pence). "Today" is the day after the file's last order. Prints the customers, the segment and lifecycle counts,
 * the median time of N runs of reading the file and of scoring, and the heap used.
 */
@Command(name = "rfm", sortOptions = false, sortSynopsis = false, description = "RFM scoring, segments and lifecycle phases over an "
        + "order history, with time and memory.")
public final class RfmCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "FILE", converter = ExistingFile.class,
            description = "Order history (CSV, plain or gzip).")
    Path file;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", converter = PositiveNumber.class,
            description = "Times the file is read and scored; the median is printed (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--return-window-days", paramLabel = "D", defaultValue = "90", converter = PositiveNumber.class,
            description = "Days within which a customer is expected back (default ${DEFAULT-VALUE}).")
    int returnWindowDays;

    @Mixin
    HelpOption help;

    public static void main(String[] args) {
        int status = execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int execute(String... args) {
        return CommandLineTool.execute("rfm", new RfmCommand(), args);
    }

    @Override
    public Integer call() throws Exception {
        LifecycleRule lifecycle = new LifecycleRule(returnWindowDays);
        System.out.printf(Locale.ROOT, "Java %s, %d cores, max heap %d MiB; %d runs, return window %d days%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, runs, lifecycle.getReturnWindowDays());

        resetPeaks();
        long[] parseNanos = new long[runs];
        long[] scoreNanos = new long[runs];
        List<OrderLine> purchases = null;
        CleaningTally cleaning = null;
        RfmScoring.Run result = null;
        long retainedAfterParse = 0;
        for (int i = 0; i < runs; i++) {
            purchases = null;
            long start = System.nanoTime();
            OrderHistory history = OrderHistory.read(file, CleaningPolicy.PURCHASES_ONLY);
            purchases = history.getLines();
            cleaning = history.getTally();
            long parsed = System.nanoTime();
            result = score(purchases, lifecycle);
            long scored = System.nanoTime();
            parseNanos[i] = parsed - start;
            scoreNanos[i] = scored - parsed;
            if (i == 0) {
                retainedAfterParse = usedHeapAfterGc();
            }
        }
        long peak = peakHeap();

        int orders = countOrders(purchases);
        System.out.println("Cleaned as " + CleaningPolicy.PURCHASES_ONLY + ": " + cleaning);
        System.out.printf(Locale.ROOT, "Purchase lines %,d, orders %,d, customers %,d%n", purchases.size(), orders,
                result.getCustomers().size());
        System.out.println("Cut points: " + result.getCutPoints());
        Map<Segment, Integer> segments = new EnumMap<Segment, Integer>(Segment.class);
        Map<LifecyclePhase, Integer> phases = new EnumMap<LifecyclePhase, Integer>(LifecyclePhase.class);
        for (ScoredCustomer customer : result.getCustomers()) {
            increment(segments, customer.getSegment());
            increment(phases, customer.getPhase());
        }
        int total = result.getCustomers().size();
        System.out.println("| segment | customers | share |");
        System.out.println("|---|---:|---:|");
        for (Segment segment : Segment.values()) {
            int count = segments.containsKey(segment) ? segments.get(segment) : 0;
            System.out.printf(Locale.ROOT, "| %s | %,d | %.1f %% |%n", segment.getDisplayName(), count,
                    100.0 * count / total);
        }
        System.out.println("| lifecycle phase | customers | share |");
        System.out.println("|---|---:|---:|");
        for (LifecyclePhase phase : LifecyclePhase.values()) {
            int count = phases.containsKey(phase) ? phases.get(phase) : 0;
            System.out.printf(Locale.ROOT, "| %s | %,d | %.1f %% |%n", phase.getDisplayName(), count,
                    100.0 * count / total);
        }
        long parseMedian = median(parseNanos);
        long scoreMedian = median(scoreNanos);
        System.out.printf(Locale.ROOT, "Time (median of %d runs): read and clean the file %.3f s, RFM scoring "
                + "%.3f s, total %.3f s (first run %.3f s)%n", runs, parseMedian / 1e9, scoreMedian / 1e9,
                (parseMedian + scoreMedian) / 1e9, (parseNanos[0] + scoreNanos[0]) / 1e9);
        System.out.printf(Locale.ROOT, "Memory: heap used after GC with the file's purchase lines held %d MiB; "
                + "peak heap used %d MiB%n", retainedAfterParse >> 20, peak >> 20);
        System.out.printf(Locale.ROOT, "rfm: customers=%d seconds=%.3f peak_heap_mib=%d%n", total,
                (parseMedian + scoreMedian) / 1e9, peak >> 20);
        return 0;
    }

    /** Invoices into orders, orders into customer aggregates, then the full RFM run. */
    static RfmScoring.Run score(List<OrderLine> purchases, LifecycleRule lifecycle) {
        Map<String, Invoice> invoices = new LinkedHashMap<String, Invoice>();
        long lastOrder = Long.MIN_VALUE;
        for (OrderLine line : purchases) {
            Invoice invoice = invoices.get(line.getInvoiceNo());
            if (invoice == null) {
                invoice = new Invoice(customerId(line), line.getPurchasedAtMillis());
                invoices.put(line.getInvoiceNo(), invoice);
            }
            invoice.orderedAt = Math.min(invoice.orderedAt, line.getPurchasedAtMillis());
            invoice.amount = invoice.amount.add(line.getUnitPrice().multiply(BigDecimal.valueOf(line.getQuantity())));
            lastOrder = Math.max(lastOrder, line.getPurchasedAtMillis());
        }
        CustomerAggregates aggregates = new CustomerAggregates();
        for (Invoice invoice : invoices.values()) {
            aggregates.addOrder(invoice.customerId, invoice.orderedAt, invoice.amount);
        }
        List<CustomerAggregate> customers = aggregates.toList();
        long today = customers.isEmpty() ? 0 : CustomerAggregate.firstOrder(0, lastOrder, BigDecimal.ZERO)
                .getLastOrderDay() + 1;
        return new RfmScoring(lifecycle).scoreAll(customers, today);
    }

    private static long customerId(OrderLine line) {
        String id = line.getCustomerId();
        try {
            return id.contains(".") ? new BigDecimal(id).longValueExact() : Long.parseLong(id);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Invoice " + line.getInvoiceNo() + " has a CustomerID that is not a "
                    + "whole number: " + id);
        }
    }

    private static int countOrders(List<OrderLine> purchases) {
        Set<String> invoices = new HashSet<String>();
        for (OrderLine line : purchases) {
            invoices.add(line.getInvoiceNo());
        }
        return invoices.size();
    }

    private static <K> void increment(Map<K, Integer> counts, K key) {
        Integer count = counts.get(key);
        counts.put(key, count == null ? 1 : count + 1);
    }

    private static long median(long[] values) {
        long[] sorted = Arrays.copyOf(values, values.length);
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the peak heap use (pools peak at different moments). */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static final class Invoice {

        private final long customerId;
        private long orderedAt;
        private BigDecimal amount = BigDecimal.ZERO;

        Invoice(long customerId, long orderedAt) {
            this.customerId = customerId;
            this.orderedAt = orderedAt;
        }
    }
}
