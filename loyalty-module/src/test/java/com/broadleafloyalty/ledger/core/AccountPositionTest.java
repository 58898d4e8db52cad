package com.broadleafloyalty.ledger.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;

import static com.broadleafloyalty.ledger.core.BatchFixture.NOW;
import static com.broadleafloyalty.ledger.core.BatchFixture.available;
import static com.broadleafloyalty.ledger.core.BatchFixture.expired;
import static com.broadleafloyalty.ledger.core.BatchFixture.neverExpiring;
import static com.broadleafloyalty.ledger.core.BatchFixture.pending;
import static org.assertj.core.api.Assertions.assertThat;

class AccountPositionTest {

    @Test
    void shouldSeparateAvailablePendingAndTheNextExpiry() {
        AccountPosition position = AccountPosition.of(Arrays.asList(available(1, 40, 20), available(2, 15, 20),
                available(3, 70, 25), pending(4, 30, 5), neverExpiring(5, 10), expired(6, 99)),
                0, 0, NOW, Duration.ofDays(30));

        assertThat(position.getAvailable()).isEqualTo(135);
        assertThat(position.getPending()).isEqualTo(30);
        assertThat(position.getExpiringSoon()).isEqualTo(55);
        assertThat(position.getNextExpiry()).isEqualTo(NOW.plus(Duration.ofDays(20)));
    }

    @Test
    void shouldSubtractDebtAndOpenReservationsFromWhatCanBeRedeemed() {
        AccountPosition position = AccountPosition.of(Arrays.asList(available(1, 100, 90)), 20, 30, NOW,
                Duration.ofDays(30));

        assertThat(position.getAvailable()).isEqualTo(50);
        assertThat(position.getExpiringSoon()).isZero();
        assertThat(position.getNextExpiry()).isNull();
    }

    @Test
    void shouldCountEveryBatchExpiringWithinTheWindowForTheDigest() {
        AccountPosition position = AccountPosition.of(Arrays.asList(available(1, 40, 20), available(2, 15, 20),
                available(3, 70, 25), available(4, 8, 31), neverExpiring(5, 10)), 0, 0, NOW, Duration.ofDays(30));

        assertThat(position.getExpiringSoon()).isEqualTo(55);
        assertThat(position.getExpiringInWindow()).isEqualTo(125);
    }
}
