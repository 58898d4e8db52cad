package com.broadleafloyalty.test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs the same work on several threads released at the same moment (two schedulers, two job runs at once). */
public final class AtOnce {

    private AtOnce() {
    }

    /** Each thread's result, in thread order; a failure of any thread is thrown. */
    public static <T> List<T> run(int threads, Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> runs = new ArrayList<Future<T>>();
            for (int i = 0; i < threads; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<T>();
            for (Future<T> run : runs) {
                results.add(run.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
