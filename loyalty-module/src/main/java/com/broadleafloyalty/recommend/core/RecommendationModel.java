package com.broadleafloyalty.recommend.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The live model of a shop: the engine requests are served from, replaced whole by a full rebuild. Orders that
 * complete while a rebuild reads the order history are kept aside and replayed into the new engine before it is
 * swapped in, unless the history it read already held them, so no order is lost or counted twice.
 */
public final class RecommendationModel {

    private final RecommenderSettings settings;
    private final Object rebuilding = new Object();
    private final AtomicBoolean firstBuildStarted = new AtomicBoolean();
    private volatile RecommendationEngine engine;
    private Map<String, PurchasedOrder> arrivedDuringRebuild;

    private final Supplier<Map<String, String>> productNames;

    public RecommendationModel(RecommenderSettings settings) {
        this(settings, Collections::emptyMap);
    }

    /** A model whose rebuilds also read the products' names ({@code productNames}: name by product id). */
    public RecommendationModel(RecommenderSettings settings, Supplier<Map<String, String>> productNames) {
        this.settings = settings;
        this.productNames = productNames;
    }

    /** The engine to serve from, or null before the first rebuild. */
    public RecommendationEngine engine() {
        return engine;
    }

    /** Records a completed order at once; before the first rebuild there is nothing to record it in (it reads it). */
    public void recordOrder(String orderId, PurchasedOrder order) {
        RecommendationEngine current;
        synchronized (this) {
            if (arrivedDuringRebuild != null) {
                arrivedDuringRebuild.put(orderId, order);
            }
            current = engine;
        }
        if (current != null) {
            current.recordOrder(order);
        }
    }

    /**
     * Builds a new engine from every completed order ({@code completedOrders} gives them by order id) and the
     * products' names, learns its product weights and swaps it in. One rebuild at a time; requests keep using the previous engine meanwhile.
     */
    public RecommendationEngine rebuild(Supplier<Map<String, PurchasedOrder>> completedOrders) {
        synchronized (rebuilding) {
            synchronized (this) {
                arrivedDuringRebuild = new LinkedHashMap<String, PurchasedOrder>();
            }
            try {
                Map<String, PurchasedOrder> history = completedOrders.get();
                RecommendationEngine fresh = new RecommendationEngine(settings);
                fresh.recordOrders(history.values());
                if (settings.getNameShare() > 0d) {
                    fresh.nameProducts(productNames.get());
                }
                fresh.rebuildItemWeights();
                synchronized (this) {
                    for (Map.Entry<String, PurchasedOrder> arrived : arrivedDuringRebuild.entrySet()) {
                        if (!history.containsKey(arrived.getKey())) {
                            fresh.recordOrder(arrived.getValue());
                        }
                    }
                    engine = fresh;
                }
                return fresh;
            } finally {
                synchronized (this) {
                    arrivedDuringRebuild = null;
                }
            }
        }
    }

    /**
     * The engine to serve from; when no rebuild ever ran, null, and the first build is handed to {@code executor}
     * (once), so a shopper's request never waits for a rebuild nor pays for one. A build that fails lets the next
     * request hand it over again.
     */
    public RecommendationEngine engineOrBuildInBackground(final Supplier<Map<String, PurchasedOrder>> completedOrders,
            Executor executor) {
        RecommendationEngine current = engine;
        if (current != null || !firstBuildStarted.compareAndSet(false, true)) {
            return current;
        }
        try {
            executor.execute(() -> {
                try {
                    engineBuiltIfNeeded(completedOrders);
                } finally {
                    if (engine == null) {
                        firstBuildStarted.set(false);
                    }
                }
            });
        } catch (RuntimeException e) {
            firstBuildStarted.set(false);
            throw e;
        }
        return null;
    }

    /** The engine, built first (on this thread) if no rebuild ever ran. */
    public RecommendationEngine engineBuiltIfNeeded(Supplier<Map<String, PurchasedOrder>> completedOrders) {
        RecommendationEngine current = engine;
        if (current != null) {
            return current;
        }
        synchronized (rebuilding) {
            return engine != null ? engine : rebuild(completedOrders);
        }
    }
}
