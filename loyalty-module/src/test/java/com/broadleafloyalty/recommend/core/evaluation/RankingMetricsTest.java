package com.broadleafloyalty.recommend.core.evaluation;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RankingMetricsTest {

    @Test
    void shouldScoreAListAgainstWhatTheCustomerBought() {
        RankingMetrics metrics = new RankingMetrics(4);

        // Hits at ranks 1 and 3 of 4; three relevant products.
        metrics.add(Arrays.asList("a", "x", "b", "y"), new HashSet<String>(Arrays.asList("a", "b", "c")));

        double dcg = 1d + 1d / log2(4);
        double idealDcg = 1d + 1d / log2(3) + 1d / log2(4);
        assertThat(metrics.getHitRate()).isEqualTo(1d);
        assertThat(metrics.getPrecision()).isEqualTo(0.5d);
        assertThat(metrics.getRecall()).isCloseTo(2d / 3d, within(1e-12));
        assertThat(metrics.getNdcg()).isCloseTo(dcg / idealDcg, within(1e-12));
        assertThat(metrics.coverage(new HashSet<String>(Arrays.asList("a", "b", "c", "x", "y", "z", "u", "v"))))
                .isEqualTo(0.5d);
    }

    @Test
    void shouldAverageOverCustomersAndCountMissingPlacesAsMisses() {
        RankingMetrics metrics = new RankingMetrics(10);

        metrics.add(Collections.singletonList("a"), Collections.singleton("a"));
        metrics.add(Collections.<String>emptyList(), Collections.singleton("a"));

        assertThat(metrics.getCustomers()).isEqualTo(2);
        assertThat(metrics.getHitRate()).isEqualTo(0.5d);
        assertThat(metrics.getPrecision()).isCloseTo(0.05d, within(1e-12));
        assertThat(metrics.getRecall()).isEqualTo(0.5d);
        assertThat(metrics.getNdcg()).isEqualTo(0.5d);
    }

    @Test
    void shouldOnlyCountTheTopK() {
        RankingMetrics metrics = new RankingMetrics(2);

        metrics.add(Arrays.asList("x", "y", "a"), Collections.singleton("a"));

        assertThat(metrics.getHitRate()).isZero();
        assertThat(metrics.coverage(new HashSet<String>(Arrays.asList("x", "a", "b", "c"))))
                .as("only catalog products count, and only those in the top k").isEqualTo(0.25d);
    }

    @Test
    void shouldRefuseACustomerWithNothingRelevant() {
        assertThatThrownBy(() -> new RankingMetrics(10).add(Arrays.asList("a"), Collections.<String>emptySet()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2d);
    }
}
