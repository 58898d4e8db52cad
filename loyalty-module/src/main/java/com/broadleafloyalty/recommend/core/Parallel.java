package com.broadleafloyalty.recommend.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * Runs the indexes 0..count-1 on a fixed number of threads, handing out small chunks so uneven work balances. The
 * rebuild says how many threads it may take: all cores for an offline command, one in the shop, so a rebuild never
 * takes the cores that serve shoppers. Each thread gets its own scratch object (dense accumulators and the like).
 */
final class Parallel {

    private static final int CHUNK = 16;

    private Parallel() {
    }

    static <S> void forEach(int threads, final int count, final Supplier<S> scratch, final ObjIntConsumer<S> body) {
        if (threads <= 1 || count <= CHUNK) {
            S own = scratch.get();
            for (int i = 0; i < count; i++) {
                body.accept(own, i);
            }
            return;
        }
        final AtomicInteger next = new AtomicInteger();
        final AtomicReference<Throwable> failure = new AtomicReference<Throwable>();
        Runnable worker = () -> {
            try {
                S own = scratch.get();
                for (int from = next.getAndAdd(CHUNK); from < count && failure.get() == null;
                        from = next.getAndAdd(CHUNK)) {
                    for (int i = from; i < Math.min(count, from + CHUNK); i++) {
                        body.accept(own, i);
                    }
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
        };
        List<Thread> helpers = new ArrayList<Thread>(threads - 1);
        for (int t = 1; t < threads; t++) {
            Thread helper = new Thread(worker, "recommend-rebuild-" + t);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        worker.run();
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while rebuilding the recommendation model", e);
            }
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException) {
            throw (RuntimeException) thrown;
        }
        if (thrown instanceof Error) {
            throw (Error) thrown;
        }
    }

    static void forEach(int threads, int count, final java.util.function.IntConsumer body) {
        forEach(threads, count, () -> null, (ignored, i) -> body.accept(i));
    }
}
