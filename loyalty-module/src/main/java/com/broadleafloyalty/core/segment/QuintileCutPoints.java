package com.broadleafloyalty.core.segment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Four cut points that split values into quintile scores 1–5, higher value, higher score.
 *
 * <p>Values are sorted ascending; with n values, cut point k (k = 1..4) is the value at 1-based position
 * {@code ceil(k·n/5)}, the largest value of the lowest k fifths. A value scores {@code 1 + (number of cut points it
 * is strictly greater than)}. Without ties this is the textbook quintile (each fifth of the customers gets one
 * score). <b>Tie rule:</b> the score is a function of the value, so equal values always get equal scores; a group of
 * equal values that straddles a fifth's boundary gets the <em>lower</em> score, and the next score(s) may be skipped
 * (when 60 % of customers have one order, all of them score F = 1 and two orders score F = 4). The smallest value
 * always scores 1.
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
        int n = sorted.size();
        List<T> cuts = new ArrayList<T>(SCORES - 1);
        for (int k = 1; k < SCORES; k++) {
            int position = (int) ((k * (long) n + SCORES - 1) / SCORES); // ceil(k·n/5), 1-based
            cuts.add(sorted.get(position - 1));
        }
        return new QuintileCutPoints<T>(cuts);
    }

    /** Cut points stored earlier (four values, ascending). */
    public static <T extends Comparable<? super T>> QuintileCutPoints<T> stored(List<T> cuts) {
        if (cuts.size() != SCORES - 1) {
            throw new IllegalArgumentException("Quintiles have " + (SCORES - 1) + " cut points, got " + cuts.size());
        }
        for (int k = 0; k < cuts.size(); k++) {
            if (cuts.get(k) == null) {
                throw new IllegalArgumentException("Cut point " + (k + 1) + " is missing");
            }
            if (k > 0 && cuts.get(k).compareTo(cuts.get(k - 1)) < 0) {
                throw new IllegalArgumentException("Cut points must ascend: " + cuts);
            }
        }
        return new QuintileCutPoints<T>(new ArrayList<T>(cuts));
    }

    /** 1–5: one more than the number of cut points the value is strictly greater than. */
    public int score(T value) {
        if (value == null) {
            throw new IllegalArgumentException("Cannot score a missing (null) value");
        }
        int score = 1;
        for (T cut : cuts) {
            if (value.compareTo(cut) > 0) {
                score++;
            }
        }
        return score;
    }

    /** The four cut points, ascending. */
    public List<T> getCuts() {
        return cuts;
    }

    @Override
    public String toString() {
        return cuts.toString();
    }
}
