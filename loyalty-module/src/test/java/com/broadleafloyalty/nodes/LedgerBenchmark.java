package com.broadleafloyalty.nodes;

import com.broadleafloyalty.ledger.core.InsufficientPointsException;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.service.LedgerMismatch;
import com.broadleafloyalty.ledger.service.LedgerVerificationService;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.postgres.TestDatabase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bin/bench-ledger}: awards and redemptions through the ledger's door across many accounts, at 1, 16 and 64
 * client threads, on the database the test harness gives (a throwaway PostgreSQL server with
 * {@code -Dloyalty.test.db=postgres}). Prints operations per second and p50/p99 latency per level; a benchmark, not a
 * test: it asserts nothing but the ledger's verification afterwards.
 */
public final class LedgerBenchmark {

    private static final AtomicLong SOURCE = new AtomicLong(System.currentTimeMillis() * 1000);

    private LedgerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<Integer> levels = new ArrayList<Integer>();
        for (String level : (args.length > 2 ? args[2] : "1,16,64").split(",")) {
            levels.add(Integer.parseInt(level.trim()));
        }
        // Each posting thread holds a connection and may need a second one at once for Broadleaf's table id
        // generator: a pool no larger than the threads starves (docs/performance.md). Sized above the threads here.
        if (System.getProperty("loyalty.test.pool.size") == null) {
            System.setProperty("loyalty.test.pool.size", String.valueOf(levels.stream().mapToInt(Integer::intValue).max()
                    .getAsInt() + 16));
        }
        LoyaltyTestContext.get();
        System.out.println("bench-ledger on " + TestDatabase.describe() + ", " + Runtime.getRuntime()
                .availableProcessors() + " processors, a pool of " + System.getProperty("loyalty.test.pool.size")
                + " connections");
        PointsLedger ledger = LoyaltyTestContext.bean("blLoyaltyPointsLedger", PointsLedger.class);
        long firstCustomer = 900_000_000L + ThreadLocalRandom.current().nextInt(1_000_000) * 1000L;
        long start = System.nanoTime();
        ExecutorService setup = Executors.newFixedThreadPool(8);
        List<Future<?>> opened = new ArrayList<Future<?>>();
        for (int t = 0; t < 8; t++) {
            final int part = t;
            opened.add(setup.submit(() -> {
                for (int i = part; i < accounts; i += 8) {
                    ledger.credit(Posting.of(firstCustomer + i, PointsEntryType.BONUS, 1000,
                            PointsLedgerEntry.SOURCE_ADMIN, SOURCE.incrementAndGet()).reason("Benchmark opening"));
                }
                return null;
            }));
        }
        for (Future<?> future : opened) {
            future.get();
        }
        setup.shutdown();
        System.out.printf(Locale.ROOT, "%,d accounts opened in %.1f s%n", accounts, (System.nanoTime() - start) / 1e9);
        System.out.println("| client threads | operations/s | p50 ms | p99 ms | operations | insufficient |");
        System.out.println("|---|---|---|---|---|---|");
        for (int threads : levels) {
            long[][] latencies = new long[threads][];
            long[] insufficient = new long[1];
            long began = System.nanoTime();
            long deadline = began + seconds * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<long[]>> done = new ArrayList<Future<long[]>>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    long[] own = new long[1 << 16];
                    int n = 0;
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < deadline) {
                        long customer = firstCustomer + random.nextInt(accounts);
                        long before = System.nanoTime();
                        try {
                            if (random.nextBoolean()) {
                                ledger.credit(Posting.of(customer, PointsEntryType.EARN, 10,
                                        PointsLedgerEntry.SOURCE_ORDER, SOURCE.incrementAndGet()).reason("Benchmark award"));
                            } else {
                                ledger.debit(Posting.of(customer, PointsEntryType.REDEEM, 10,
                                        PointsLedgerEntry.SOURCE_REDEMPTION, SOURCE.incrementAndGet())
                                        .reason("Benchmark redemption"));
                            }
                        } catch (InsufficientPointsException e) {
                            synchronized (insufficient) {
                                insufficient[0]++;
                            }
                        }
                        if (n == own.length) {
                            own = Arrays.copyOf(own, n * 2);
                        }
                        own[n++] = System.nanoTime() - before;
                    }
                    return Arrays.copyOf(own, n);
                }));
            }
            int operations = 0;
            for (int t = 0; t < threads; t++) {
                latencies[t] = done.get(t).get();
                operations += latencies[t].length;
            }
            double elapsed = (System.nanoTime() - began) / 1e9;
            pool.shutdown();
            long[] all = new long[operations];
            int at = 0;
            for (long[] own : latencies) {
                System.arraycopy(own, 0, all, at, own.length);
                at += own.length;
            }
            Arrays.sort(all);
            System.out.printf(Locale.ROOT, "| %d | %,.0f | %.1f | %.1f | %,d | %,d |%n", threads, operations / elapsed,
                    percentile(all, 0.50) / 1e6, percentile(all, 0.99) / 1e6, operations, insufficient[0]);
        }
        List<LedgerMismatch> mismatches = LoyaltyTestContext.bean("blLoyaltyLedgerVerificationService",
                LedgerVerificationService.class).verify().getMismatches();
        System.out.println("ledger verification: " + (mismatches.isEmpty() ? "clean" : mismatches.size() + " mismatches"));
        System.exit(mismatches.isEmpty() ? 0 : 1);
    }

    private static long percentile(long[] sorted, double share) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.floor(share * sorted.length))];
    }
}
