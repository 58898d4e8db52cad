package com.broadleafloyalty.support.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One value read from the database and kept on this node for a number of seconds (a Caffeine cache of one entry,
 * expiring after write). Zero seconds keeps nothing: every read loads. Concurrent readers of an expired value wait
 * for one load instead of each loading it.
 */
public final class TimedValue<T> {

    private static final Object KEY = new Object();

    private final Cache<Object, T> cache;

    /** {@code property} names the setting in the refusal of a negative time. */
    public TimedValue(long seconds, String property) {
        this(seconds, property, Ticker.systemTicker());
    }

    TimedValue(long seconds, String property, Ticker ticker) {
        if (seconds < 0) {
            throw new IllegalArgumentException(property + " cannot be negative, got " + seconds);
        }
        // Maintenance on the calling thread: no work handed to the common pool of the shop's JVM.
        this.cache = Caffeine.newBuilder().expireAfterWrite(seconds, TimeUnit.SECONDS).ticker(ticker)
                .executor(Runnable::run).build();
    }

    /** The kept value, or {@code load}'s when there is none or it expired. */
    public T get(Supplier<T> load) {
        return cache.get(KEY, key -> load.get());
    }

    /** Forgets the value: the next read loads it again. */
    public void invalidate() {
        cache.invalidateAll();
    }
}
