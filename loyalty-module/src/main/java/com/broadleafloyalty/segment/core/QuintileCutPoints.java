package com.broadleafloyalty.segment.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Quintile scores 1–5 (higher value, higher score), kept as four cut points so that one new value can be scored
 * later without the others.
 *
 * <p><b>Scoring.</b> The n values are sorted ascending (0-based positions). A value's position is the middle of the
 * positions its equal values occupy (from a to b: (a + b) / 2, the "midrank"), and its score is
 * {@code 1 + floor(5 · position / n)}. Without ties that is the textbook quintile: each fifth gets one score.
 * <b>Tie rule:</b> equal values always get equal scores, the score of the middle of their group; so a group that
 * straddles a boundary goes to the side holding most of it, all-equal values all score 3, and scores may be skipped
 * (e.g. with 35 % of customers at one order, all of them score F = 1, and with 20 % more at two orders, those
 * score F = 3).
 *
 * <p><b>Cut points.</b> Cut k (k = 1..4) is the smallest value that scored above k, or null when none did; a value
 * scores {@code 1 + (number of non-null cuts it is at least)}. This gives every value of the run exactly its
 * score, a new value the score of the nearest run value at or below it (1 below them all).
 */
public final class QuintileCutPoints<T extends Comparable<? super T>> {

    public static final int SCORES = 5;

    private final List<T> cuts;

    private QuintileCutPoints(List<T> cuts) {
        this.cuts = Collections.unmodifiableList(cuts);
    }

    /** Cut points of the given values (in any order); at least one value. */
    public static <T extends Comparable<? super T>> QuintileCutPoints<T> of(Collection<? extends T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("Quintiles need at least one value");
        }
        List<T> sorted = new ArrayList<T>(values);
        for (T value : sorted) {
            if (value == null) {
                throw new IllegalArgumentException("Quintiles of a missing (null) value");
            }
        }
        Collections.sort(sorted);
        long n = sorted.size();
        List<T> cuts = new ArrayList<T>(Collections.<T>nCopies(SCORES - 1, null));
        int first = 0;
        while (first < n) {
            int last = first;
            while (last + 1 < n && sorted.get(last + 1).compareTo(sorted.get(first)) == 0) {
                last++;
            }
            int score = (int) (1 + SCORES * (long) (first + last) / (2 * n));
            for (int k = 1; k < score; k++) {
                if (cuts.get(k - 1) == null) {
                    cuts.set(k - 1, sorted.get(first));
                }
            }
            first = last + 1;
        }
        return new QuintileCutPoints<T>(cuts);
    }

    /** Cut points stored earlier: four values, ascending, where null (no value scored that high) ends the list. */
    public static <T extends Comparable<? super T>> QuintileCutPoints<T> stored(List<T> cuts) {
        if (cuts.size() != SCORES - 1) {
            throw new IllegalArgumentException("Quintiles have " + (SCORES - 1) + " cut points, got " + cuts.size());
        }
        for (int k = 1; k < cuts.size(); k++) {
            T previous = cuts.get(k - 1);
            T cut = cuts.get(k);
            if (cut != null && previous == null) {
                throw new IllegalArgumentException("Cut point " + (k + 1) + " follows a missing one: " + cuts);
            }
            if (cut != null && cut.compareTo(previous) < 0) {
                throw new IllegalArgumentException("Cut points must ascend: " + cuts);
            }
        }
        return new QuintileCutPoints<T>(new ArrayList<T>(cuts));
    }

    /** 1–5: one more than the number of cut points the value is at least. */
    public int score(T value) {
        if (value == null) {
            throw new IllegalArgumentException("Cannot score a missing (null) value");
        }
        int score = 1;
        for (T cut : cuts) {
            if (cut != null && value.compareTo(cut) >= 0) {
                score++;
            }
        }
        return score;
    }

    /** The four cut points, ascending; null ones (scores no value reached) last. */
    public List<T> getCuts() {
        return cuts;
    }

    @Override
    public String toString() {
        return cuts.toString();
    }
}
