package com.broadleafloyalty.recommend.command;

import java.util.Arrays;
import java.util.Locale;

/** Nanosecond timings of one request type, reported as percentiles in milliseconds. */
final class LatencySample {

    private final String name;
    private final long[] nanos;
    private final long[] cpuNanos;
    private int size;

    LatencySample(String name, int capacity) {
        this.name = name;
        this.nanos = new long[capacity];
        this.cpuNanos = new long[capacity];
    }

    String name() {
        return name;
    }

    int size() {
        return size;
    }

    int capacity() {
        return nanos.length;
    }

    void add(long elapsedNanos) {
        add(elapsedNanos, -1L);
    }

    /** A request's wall-clock time and the CPU time its thread spent on it (-1: not measured). */
    void add(long elapsedNanos, long cpu) {
        cpuNanos[size] = cpu;
        nanos[size++] = elapsedNanos;
    }

    double percentileMillis(double percentile) {
        return percentileMillis(nanos, percentile);
    }

    private double percentileMillis(long[] values, double percentile) {
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100d * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, index))] / 1e6;
    }

    /** Name, count, p50, p99 and max of the wall-clock times, then p50 and p99 of the CPU times when measured. */
    String row() {
        String row = String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |", name, size, percentileMillis(50),
                percentileMillis(99), percentileMillis(100));
        return size > 0 && cpuNanos[0] >= 0 ? row + String.format(Locale.ROOT, " %.3f | %.3f |",
                percentileMillis(cpuNanos, 50), percentileMillis(cpuNanos, 99)) : row;
    }
}
