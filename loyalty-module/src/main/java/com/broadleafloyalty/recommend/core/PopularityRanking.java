package com.broadleafloyalty.recommend.core;

import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Products by number of distinct buyers, most bought first (ties: the product seen first): the cold-start answer
 * and the filler when a personal list runs short. Kept sorted as buyers arrive (a skip list keyed by buyers and
 * product number), so a request never sorts the catalog, however large, and always sees the latest orders.
 */
final class PopularityRanking {

    private final ConcurrentSkipListSet<Long> ranking = new ConcurrentSkipListSet<Long>();
    private volatile int[] buyers = new int[64];

    /** One more customer bought the product. */
    synchronized void addBuyer(int product) {
        int[] counts = buyers;
        if (product >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(product + 1, counts.length * 2));
        }
        int before = counts[product];
        if (before > 0) {
            ranking.remove(key(before, product));
        }
        counts[product] = before + 1;
        buyers = counts;
        ranking.add(key(before + 1, product));
    }

    /** Distinct buyers by product number (a live array: read, never write; may be shorter than the catalog). */
    int[] buyers() {
        return buyers;
    }

    /** Product numbers, most bought first. */
    Iterator<Long> mostBoughtFirst() {
        return ranking.iterator();
    }

    static int productOf(long key) {
        return (int) key;
    }

    private static long key(int buyers, int product) {
        return ((long) (Integer.MAX_VALUE - buyers) << 32) | product;
    }
}
