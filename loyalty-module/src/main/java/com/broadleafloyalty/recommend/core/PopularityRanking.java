package com.broadleafloyalty.recommend.core;

import java.util.Arrays;

/**
 * Products by number of distinct buyers, most bought first (ties: the product seen first): the cold-start answer
 * and the filler when a personal list runs short. A snapshot; the engine replaces it after new orders.
 */
final class PopularityRanking {

    private final int[] buyers;
    private final int[] ranking;
    private final long version;

    PopularityRanking(int[] buyers, int productCount, long version) {
        this.buyers = buyers;
        this.version = version;
        Integer[] order = new Integer[productCount];
        for (int p = 0; p < productCount; p++) {
            order[p] = p;
        }
        Arrays.sort(order, (a, b) -> buyers[a] != buyers[b] ? Integer.compare(buyers[b], buyers[a])
                : Integer.compare(a, b));
        this.ranking = new int[productCount];
        for (int k = 0; k < productCount; k++) {
            ranking[k] = order[k];
        }
    }

    boolean isCurrent(long currentVersion) {
        return version == currentVersion;
    }

    /** Product numbers, most bought first. */
    int[] ranking() {
        return ranking;
    }

    int[] buyers() {
        return buyers;
    }
}
