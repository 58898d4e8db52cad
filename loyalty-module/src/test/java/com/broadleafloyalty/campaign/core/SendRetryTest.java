package com.broadleafloyalty.campaign.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When a failed campaign mail is tried again, and when never again. */
class SendRetryTest {

    private static final long NOW = 1_000_000_000L;
    private static final long MINUTE = 60_000L;

    @Test
    void shouldBackOffFifteenMinutesThenAnHourThenFourHoursThenGiveUp() {
        SendRetry retry = SendRetry.defaults();

        assertThat(retry.nextTryAfter(1, NOW)).isEqualTo(NOW + 15 * MINUTE);
        assertThat(retry.nextTryAfter(2, NOW)).isEqualTo(NOW + 60 * MINUTE);
        assertThat(retry.nextTryAfter(3, NOW)).isEqualTo(NOW + 240 * MINUTE);
        assertThat(retry.nextTryAfter(4, NOW)).isEqualTo(-1);
    }

    @Test
    void shouldRepeatTheLastBackOffWhenThereAreMoreRetries() {
        SendRetry retry = SendRetry.of(4, " 5, 30 ");

        assertThat(retry.nextTryAfter(1, NOW)).isEqualTo(NOW + 5 * MINUTE);
        assertThat(retry.nextTryAfter(3, NOW)).isEqualTo(NOW + 30 * MINUTE);
        assertThat(retry.nextTryAfter(4, NOW)).isEqualTo(NOW + 30 * MINUTE);
        assertThat(retry.nextTryAfter(5, NOW)).isEqualTo(-1);
    }

    @Test
    void shouldNeverRetryWithZeroRetries() {
        assertThat(SendRetry.of(0, "").nextTryAfter(1, NOW)).isEqualTo(-1);
    }

    @Test
    void shouldRefuseANegativeCountOrABadBackOff() {
        assertThatThrownBy(() -> SendRetry.of(-1, "15")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SendRetry.of(2, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SendRetry.of(2, "15,soon")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SendRetry.of(2, "-5")).isInstanceOf(IllegalArgumentException.class);
    }
}
