package com.broadleafloyalty.ledger.core;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static com.broadleafloyalty.ledger.core.BatchFixture.NOW;
import static com.broadleafloyalty.ledger.core.BatchFixture.available;
import static com.broadleafloyalty.ledger.core.BatchFixture.expired;
import static com.broadleafloyalty.ledger.core.BatchFixture.neverExpiring;
import static com.broadleafloyalty.ledger.core.BatchFixture.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpendingOrderTest {

    @Test
    void shouldSpendTheSoonestExpiringBatchFirstAndNeverExpiringLast() {
        List<PointsBatch> batches = Arrays.asList(neverExpiring(1, 100), available(2, 30, 200), available(3, 50, 10));

        List<BatchDraw> draws = SpendingOrder.draw(batches, 120, NOW);

        assertThat(draws).extracting(BatchDraw::toString).containsExactly("3:50", "2:30", "1:40");
    }

    @Test
    void shouldIgnorePendingAndExpiredBatches() {
        List<PointsBatch> batches = Arrays.asList(pending(1, 500, 3), expired(2, 500), available(3, 40, 90));

        assertThat(SpendingOrder.available(batches, NOW)).isEqualTo(40);
        assertThatThrownBy(() -> SpendingOrder.draw(batches, 41, NOW))
                .isInstanceOf(InsufficientPointsException.class)
                .hasMessageContaining("only 40");
        assertThat(SpendingOrder.draw(batches, 40, NOW)).extracting(BatchDraw::toString).containsExactly("3:40");
    }

    @Test
    void shouldRefuseZeroOrNegativeDraws() {
        List<PointsBatch> batches = Arrays.asList(available(1, 10, 5));
        assertThatThrownBy(() -> SpendingOrder.draw(batches, 0, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpendingOrder.draw(batches, -3, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldMakeABatchAvailableExactlyWhenItsPendingPeriodEnds() {
        PointsBatch batch = pending(1, 10, 14);
        assertThat(batch.isPendingAt(NOW)).isTrue();
        assertThat(batch.isAvailableAt(batch.getAvailableFrom())).isTrue();
        assertThat(batch.isAvailableAt(batch.getExpiresAt())).isFalse();
    }
}
