package com.broadleafloyalty.ledger.core;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static com.broadleafloyalty.ledger.core.BatchFixture.NOW;
import static com.broadleafloyalty.ledger.core.BatchFixture.available;
import static com.broadleafloyalty.ledger.core.BatchFixture.pending;
import static org.assertj.core.api.Assertions.assertThat;

class ClawbackTest {

    @Test
    void shouldTakeFromTheOrdersOwnBatchFirstEvenWhilePending() {
        List<PointsBatch> batches = Arrays.asList(available(1, 100, 10), pending(2, 30, 14));

        Clawback clawback = Clawback.plan(batches, 2L, 30, ClawbackPolicy.ALLOW_NEGATIVE, NOW);

        assertThat(clawback.getDraws()).extracting(BatchDraw::toString).containsExactly("2:30");
        assertThat(clawback.getDebt()).isZero();
        assertThat(clawback.getDebited()).isEqualTo(30);
    }

    @Test
    void shouldGoNegativeWhenThePointsWereSpentUnderTheDefaultPolicy() {
        List<PointsBatch> batches = Arrays.asList(available(1, 5, 10), available(2, 0, 10));

        Clawback clawback = Clawback.plan(batches, 2L, 30, ClawbackPolicy.ALLOW_NEGATIVE, NOW);

        assertThat(clawback.getDraws()).extracting(BatchDraw::toString).containsExactly("1:5");
        assertThat(clawback.getDebt()).isEqualTo(25);
        assertThat(clawback.getShortfall()).isZero();
        assertThat(clawback.getDebited()).isEqualTo(30);
    }

    @Test
    void shouldStopAtZeroAndRecordTheShortfallUnderTheCapPolicy() {
        List<PointsBatch> batches = Arrays.asList(available(1, 5, 10));

        Clawback clawback = Clawback.plan(batches, null, 30, ClawbackPolicy.CAP_AT_ZERO, NOW);

        assertThat(clawback.getDebited()).isEqualTo(5);
        assertThat(clawback.getDebt()).isZero();
        assertThat(clawback.getShortfall()).isEqualTo(25);
    }
}
