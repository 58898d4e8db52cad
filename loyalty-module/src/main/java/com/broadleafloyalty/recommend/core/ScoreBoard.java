package com.broadleafloyalty.recommend.core;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The scores of one request, by product number, the products that received any, and the products the request
 * excludes. Picks the best ones lazily with a heap, so asking whether a product is sellable happens only for the
 * few near the top. Reused by the requests of one thread ({@link #reset}), so a request over a large catalog clears
 * what it touched instead of allocating arrays of the catalog's size.
 */
final class ScoreBoard {

    private static final byte EXCLUDED = 1;
    private static final byte BOUGHT = 2;
    private static final ThreadLocal<ScoreBoard> OF_THIS_THREAD = ThreadLocal.withInitial(() -> new ScoreBoard(0));
    /** A second board per thread, for a score part that is scaled before it is added to the first. */
    private static final ThreadLocal<ScoreBoard> SECOND_OF_THIS_THREAD =
            ThreadLocal.withInitial(() -> new ScoreBoard(0));

    private double[] scores;
    private boolean[] touched;
    private int[] touchedProducts;
    private int touchedCount;
    /** {@link #EXCLUDED} bits by product; products with any bit set are listed. */
    private byte[] flags;
    private int[] flaggedProducts;
    private int flaggedCount;
    private int productCount;

    ScoreBoard(int productCount) {
        scores = new double[productCount];
        touched = new boolean[productCount];
        touchedProducts = new int[productCount];
        flags = new byte[productCount];
        flaggedProducts = new int[productCount];
        this.productCount = productCount;
    }

    /** This thread's board, emptied, for a catalog of {@code productCount} products. */
    static ScoreBoard forThisThread(int productCount) {
        ScoreBoard board = OF_THIS_THREAD.get();
        board.reset(productCount);
        return board;
    }

    /** This thread's second board, emptied: never the one {@link #forThisThread} returns. */
    static ScoreBoard secondForThisThread(int productCount) {
        ScoreBoard board = SECOND_OF_THIS_THREAD.get();
        board.reset(productCount);
        return board;
    }

    void reset(int products) {
        for (int k = 0; k < touchedCount; k++) {
            scores[touchedProducts[k]] = 0d;
            touched[touchedProducts[k]] = false;
        }
        for (int k = 0; k < flaggedCount; k++) {
            flags[flaggedProducts[k]] = 0;
        }
        touchedCount = 0;
        flaggedCount = 0;
        if (products > scores.length) {
            int size = Math.max(products, scores.length + scores.length / 2);
            scores = Arrays.copyOf(scores, size);
            touched = Arrays.copyOf(touched, size);
            touchedProducts = Arrays.copyOf(touchedProducts, size);
            flags = Arrays.copyOf(flags, size);
            flaggedProducts = Arrays.copyOf(flaggedProducts, size);
        }
        productCount = products;
    }

    void add(int product, double amount) {
        if (product >= productCount) {
            return;
        }
        if (!touched[product]) {
            touched[product] = true;
            touchedProducts[touchedCount++] = product;
        }
        scores[product] += amount;
    }

    double score(int product) {
        return product < productCount ? scores[product] : 0d;
    }

    /** The product must not be picked (in the cart, already bought, already on the list). */
    void exclude(int product) {
        flag(product, EXCLUDED);
    }

    /** Whether the product is excluded, or outside the catalog this request started with. */
    boolean isExcluded(int product) {
        return product >= productCount || (flags[product] & EXCLUDED) != 0;
    }

    /** The customer bought the product (or has it in the cart): it is not new to them. */
    void markBought(int product) {
        flag(product, BOUGHT);
    }

    /** The best score among products neither excluded nor bought here; 0 when there is none. */
    double bestNewScore() {
        return bestScoreOutside(this);
    }

    /** The best score on this board among products that {@code marks} neither excludes nor marks bought. */
    double bestScoreOutside(ScoreBoard marks) {
        double best = 0d;
        for (int k = 0; k < touchedCount; k++) {
            int product = touchedProducts[k];
            if (scores[product] > best && marks.isNew(product)) {
                best = scores[product];
            }
        }
        return best;
    }

    /** Adds {@code scale} times the other board's scores to the products this board neither excludes nor marks bought. */
    void addNew(ScoreBoard other, double scale) {
        for (int k = 0; k < other.touchedCount; k++) {
            int product = other.touchedProducts[k];
            if (isNew(product)) {
                add(product, scale * other.scores[product]);
            }
        }
    }

    private boolean isNew(int product) {
        return product < productCount && flags[product] == 0;
    }

    private void flag(int product, byte bit) {
        if (product < productCount) {
            if (flags[product] == 0) {
                flaggedProducts[flaggedCount++] = product;
            }
            flags[product] |= bit;
        }
    }

    /**
     * Up to {@code count} product numbers with a positive score, best first (ties: more buyers first), skipping
     * excluded ones and those {@code accepted} refuses.
     */
    int[] best(int count, int[] buyers, IntPredicate accepted) {
        int[] heap = new int[touchedCount];
        int size = 0;
        for (int k = 0; k < touchedCount; k++) {
            int product = touchedProducts[k];
            if (scores[product] > 0d && (flags[product] & EXCLUDED) == 0) {
                heap[size++] = product;
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
        return found == chosen.length ? chosen : Arrays.copyOf(chosen, found);
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
