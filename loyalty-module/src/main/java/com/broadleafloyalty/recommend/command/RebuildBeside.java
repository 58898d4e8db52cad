package com.broadleafloyalty.recommend.command;

import com.broadleafloyalty.recommend.core.RecommendationEngine;

/**
 * Rebuilds the engine over and over on one background thread while switched on, as the shop's scheduled job would
 * beside its request threads, and tells whether a rebuild is under way.
 */
final class RebuildBeside {

    private final Thread thread;
    private boolean wanted;
    private boolean busy;
    private volatile boolean busyNow;
    private boolean stopped;
    private int completed;

    RebuildBeside(final RecommendationEngine engine) {
        thread = new Thread(() -> {
            while (awaitTurn()) {
                engine.rebuildItemWeights(1);
                finished();
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

    private synchronized void finished() {
        busy = false;
        busyNow = false;
        completed++;
        notifyAll();
    }
}
