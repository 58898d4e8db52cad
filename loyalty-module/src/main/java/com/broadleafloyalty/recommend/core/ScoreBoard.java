package com.broadleafloyalty.recommend.core;

import java.util.function.IntPredicate;

/**
 * The scores of one request, by product number, and the products that received any. Picks the best ones lazily
 * with a heap, so asking whether a product is sellable happens only for the few near the top.
 */
final class ScoreBoard {

    private final double[] scores;
    private final boolean[] touched;
    private final int[] touchedProducts;
    private int touchedCount;

    ScoreBoard(int productCount) {
        scores = new double[productCount];
        touched = new boolean[productCount];
        touchedProducts = new int[productCount];
    }

    void add(int product, double amount) {
        if (product >= scores.length) {
            return;
        }
        if (!touched[product]) {
            touched[product] = true;
            touchedProducts[touchedCount++] = product;
        }
        scores[product] += amount;
    }

    double score(int product) {
        return scores[product];
    }

    /**
     * Up to {@code count} product numbers with a positive score, best first (ties: more buyers first), skipping
     * those {@code accepted} refuses.
     */
    int[] best(int count, int[] buyers, IntPredicate accepted) {
        int[] heap = new int[touchedCount];
        int size = 0;
        for (int k = 0; k < touchedCount; k++) {
            if (scores[touchedProducts[k]] > 0d) {
                heap[size++] = touchedProducts[k];
            }
        }
        for (int parent = size / 2 - 1; parent >= 0; parent--) {
            siftDown(heap, size, parent, buyers);
        }
        int[] chosen = new int[Math.min(count, size)];
        int found = 0;
        while (size > 0 && found < chosen.length) {
            int product = heap[0];
            heap[0] = heap[--size];
            siftDown(heap, size, 0, buyers);
            if (accepted.test(product)) {
                chosen[found++] = product;
            }
        }
        return found == chosen.length ? chosen : java.util.Arrays.copyOf(chosen, found);
    }

    private void siftDown(int[] heap, int size, int parent, int[] buyers) {
        while (true) {
            int best = parent;
            int left = 2 * parent + 1;
            int right = left + 1;
            if (left < size && better(heap[left], heap[best], buyers)) {
                best = left;
            }
            if (right < size && better(heap[right], heap[best], buyers)) {
                best = right;
            }
            if (best == parent) {
                return;
            }
            int swap = heap[parent];
            heap[parent] = heap[best];
            heap[best] = swap;
            parent = best;
        }
    }

    private boolean better(int a, int b, int[] buyers) {
        if (scores[a] != scores[b]) {
            return scores[a] > scores[b];
        }
        int buyersA = a < buyers.length ? buyers[a] : 0;
        int buyersB = b < buyers.length ? buyers[b] : 0;
        return buyersA != buyersB ? buyersA > buyersB : a < b;
    }
}
