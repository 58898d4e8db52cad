package com.broadleafloyalty.segment.core;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuintileCutPointsTest {

    @Test
    void shouldGiveEachFifthOfDistinctValuesOneScore() {
        List<Long> values = new ArrayList<Long>();
        for (long v = 1; v <= 10; v++) {
            values.add(v);
        }
        Collections.shuffle(values, new java.util.Random(7));

        QuintileCutPoints<Long> cuts = QuintileCutPoints.of(values);

        assertThat(cuts.getCuts()).containsExactly(3L, 5L, 7L, 9L);
        assertThat(scores(cuts, 1, 10)).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
    }

    @Test
    void shouldSplitUnevenCountsAtTheCeilingOfEachFifth() {
        // 7 values: score 1 + floor(5i/7) for positions i = 0..6.
        QuintileCutPoints<Long> cuts = QuintileCutPoints.of(Arrays.asList(70L, 10L, 20L, 30L, 40L, 50L, 60L));

        assertThat(cuts.getCuts()).containsExactly(30L, 40L, 60L, 70L);
        assertThat(Arrays.asList(cuts.score(10L), cuts.score(20L), cuts.score(30L), cuts.score(40L), cuts.score(50L),
                cuts.score(60L), cuts.score(70L))).containsExactly(1, 1, 2, 3, 3, 4, 5);
    }

    @Test
    void shouldGiveEqualValuesTheScoreOfTheMiddleOfTheirGroup() {
        // 6 of 10 customers have one order: positions 0-5, middle 2.5, score 2; two orders: middle 6.5, score 4.
        QuintileCutPoints<Long> cuts = QuintileCutPoints.of(Arrays.asList(1L, 1L, 1L, 1L, 1L, 1L, 2L, 2L, 3L, 9L));

        assertThat(cuts.getCuts()).containsExactly(1L, 2L, 2L, 3L);
        assertThat(cuts.score(0L)).isEqualTo(1);
        assertThat(cuts.score(1L)).isEqualTo(2);
        assertThat(cuts.score(2L)).isEqualTo(4);
        assertThat(cuts.score(3L)).isEqualTo(5);
        assertThat(cuts.score(9L)).isEqualTo(5);
    }

    @Test
    void shouldScoreALargeGroupAtTheTopInTheMiddleNotAtTheBottom() {
        // Most customers ordered today: they are not "least recent"; the one older customer scores 1.
        QuintileCutPoints<Long> cuts = QuintileCutPoints.of(Arrays.asList(5L, 9L, 9L, 9L, 9L, 9L, 9L, 9L));

        assertThat(cuts.score(5L)).isEqualTo(1);
        assertThat(cuts.score(9L)).isEqualTo(3);
        assertThat(cuts.score(10L)).isEqualTo(3);
        assertThat(cuts.getCuts()).containsExactly(9L, 9L, null, null);
    }

    @Test
    void shouldScoreEveryoneThreeWhenAllValuesAreEqual() {
        QuintileCutPoints<BigDecimal> cuts = QuintileCutPoints.of(Collections.nCopies(8, new BigDecimal("5.00")));

        assertThat(cuts.score(new BigDecimal("5.00"))).isEqualTo(3);
        assertThat(cuts.score(new BigDecimal("5.01"))).isEqualTo(3);
        assertThat(cuts.score(new BigDecimal("4.99"))).isEqualTo(1);
    }

    @Test
    void shouldScoreAValueBeyondTheStoredCutsAtTheEnds() {
        QuintileCutPoints<Long> cuts = QuintileCutPoints.stored(Arrays.asList(2L, 4L, 6L, 8L));

        assertThat(cuts.score(-100L)).isEqualTo(1);
        assertThat(cuts.score(1_000L)).isEqualTo(5);
        assertThat(cuts.score(4L)).isEqualTo(3);
        assertThat(cuts.score(5L)).isEqualTo(3);
        assertThat(QuintileCutPoints.stored(Arrays.asList(2L, 4L, null, null)).score(1_000L)).isEqualTo(3);
    }

    @Test
    void shouldRefuseNoValuesMissingValuesAndBadStoredCuts() {
        assertThatThrownBy(() -> QuintileCutPoints.of(Collections.<Long>emptyList()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one value");
        assertThatThrownBy(() -> QuintileCutPoints.of(Arrays.asList(1L, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> QuintileCutPoints.stored(Arrays.asList(1L, 2L, 3L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 cut points");
        assertThatThrownBy(() -> QuintileCutPoints.stored(Arrays.asList(1L, 3L, 2L, 4L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascend");
        assertThatThrownBy(() -> QuintileCutPoints.stored(Arrays.asList(1L, null, 2L, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("follows a missing one");
    }

    private static List<Integer> scores(QuintileCutPoints<Long> cuts, long from, long to) {
        List<Integer> scores = new ArrayList<Integer>();
        for (long v = from; v <= to; v++) {
            scores.add(cuts.score(v));
        }
        return scores;
    }
}
