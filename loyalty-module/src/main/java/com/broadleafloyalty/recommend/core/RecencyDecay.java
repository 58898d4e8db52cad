package com.broadleafloyalty.recommend.core;

/**
 * Exponential forgetting: a purchase counts 1 when it happens, 1/2 after one half-life, 1/4 after two. A half-life
 * of zero or less switches forgetting off (every purchase counts 1 forever).
 */
public final class RecencyDecay {

    private static final double MILLIS_PER_DAY = 86_400_000d;

    private final double halfLifeMillis;

    public RecencyDecay(double halfLifeDays) {
        this.halfLifeMillis = halfLifeDays * MILLIS_PER_DAY;
    }

    /** What one unit of weight at {@code thenMillis} is worth at {@code nowMillis} (1 when now is not later). */
    public double factor(long thenMillis, long nowMillis) {
        if (halfLifeMillis <= 0 || nowMillis <= thenMillis) {
            return 1d;
        }
        return Math.pow(2d, -(nowMillis - thenMillis) / halfLifeMillis);
    }
}
