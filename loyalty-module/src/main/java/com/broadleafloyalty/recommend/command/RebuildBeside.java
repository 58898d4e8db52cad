package com.broadleafloyalty.recommend.command;

import com.broadleafloyalty.recommend.core.RecommendationEngine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rebuilds the engine over and over on one background thread while switched on, as the shop's scheduled job would
 * beside its request threads, and tells whether a rebuild is under way. It keeps each rebuild's wall-clock time and
 * its thread's CPU time: on a shared machine the CPU time is the figure that waiting for a core does not inflate.
 */
final class RebuildBeside {

    private final Thread thread;
    private boolean wanted;
    private boolean busy;
    private volatile boolean busyNow;
    private boolean stopped;
    private int completed;
    private final List<Double> wallSeconds = new ArrayList<Double>();
    private final List<Double> cpuSeconds = new ArrayList<Double>();

    RebuildBeside(final RecommendationEngine engine) {
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        thread = new Thread(() -> {
            while (awaitTurn()) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                engine.rebuildItemWeights(1);
                finished((System.nanoTime() - wall0) / 1e9, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
            }
        }, "bench-rebuild");
        thread.setDaemon(true);
        thread.start();
    }

    /** Switches rebuilding on or off; off with {@code waitForIdle} also waits for the rebuild under way to end. */
    synchronized void running(boolean on, boolean waitForIdle) throws InterruptedException {
        wanted = on;
        notifyAll();
        while (!on && waitForIdle && busy) {
            wait();
        }
    }

    synchronized void stop() throws InterruptedException {
        stopped = true;
        running(false, true);
    }

    /** Whether a rebuild is under way right now. */
    boolean isBusy() {
        return busyNow;
    }

    synchronized int completed() {
        return completed;
    }

    private synchronized boolean awaitTurn() {
        while (!wanted && !stopped) {
            try {
                wait();
            } catch (InterruptedException e) {
                return false;
            }
        }
        busy = !stopped;
        busyNow = busy;
        return !stopped;
    }

    /** Median wall-clock seconds of the rebuilds completed so far (NaN before the first). */
    synchronized double medianWallSeconds() {
        return median(wallSeconds);
    }

    /** Median CPU seconds of the rebuilding thread per completed rebuild (NaN before the first). */
    synchronized double medianCpuSeconds() {
        return median(cpuSeconds);
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<Double>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private synchronized void finished(double wall, double cpu) {
        wallSeconds.add(wall);
        cpuSeconds.add(cpu);
        busy = false;
        busyNow = false;
        completed++;
        notifyAll();
    }
}
