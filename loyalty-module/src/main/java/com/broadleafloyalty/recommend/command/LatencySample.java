package com.broadleafloyalty.recommend.command;

import java.util.Arrays;
import java.util.Locale;

/** Nanosecond timings of one request type, reported as percentiles in milliseconds. */
final class LatencySample {

    private final String name;
    private final long[] nanos;
    private int size;

    LatencySample(String name, int capacity) {
        this.name = name;
        this.nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[size++] = elapsedNanos;
    }

    double percentileMillis(double percentile) {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100d * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, index))] / 1e6;
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |", name, size, percentileMillis(50),
                percentileMillis(99), percentileMillis(100));
    }
}
