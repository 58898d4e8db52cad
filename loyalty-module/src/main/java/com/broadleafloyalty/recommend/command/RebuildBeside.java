package com.broadleafloyalty.recommend.command;

import com.broadleafloyalty.recommend.core.RecommendationEngine;

/**
 * Rebuilds the engine over and over on one background thread while switched on, as the shop's scheduled job would
 * beside its request threads. Switching off waits for the rebuild under way to end, so an "idle" measurement never
 * overlaps one.
 */
final class RebuildBeside {

    private final Thread thread;
    private boolean wanted;
    private boolean busy;
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

    synchronized void running(boolean on) throws InterruptedException {
        wanted = on;
        notifyAll();
        while (!on && busy) {
            wait();
        }
    }

    synchronized void stop() throws InterruptedException {
        stopped = true;
        running(false);
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
        return !stopped;
    }

    private synchronized void finished() {
        busy = false;
        completed++;
        notifyAll();
    }
}
