package com.broadleafloyalty.throttle.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThrottlePolicyTest {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    private final ThrottlePolicy policy = ThrottlePolicy.of(5, 900, 900, 3600);

    private ThrottleState fail(ThrottleState state, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            state = policy.afterFailure(state, at);
        }
        return state;
    }

    @Test
    void shouldCountFailuresWithoutLockingBelowTheLimit() {
        ThrottleState state = fail(ThrottleState.FRESH, 4, T0);

        assertThat(state.getFailures()).isEqualTo(4);
        assertThat(policy.isLocked(state, T0)).isFalse();
        assertThat(policy.lockout(state, T0)).isNull();
    }

    @Test
    void shouldLockAtTheFifthFailureInTheWindowForTheLockLength() {
        ThrottleState state = fail(ThrottleState.FRESH, 4, T0);
        state = policy.afterFailure(state, T0.plusSeconds(899));

        assertThat(policy.isLocked(state, T0.plusSeconds(899))).isTrue();
        assertThat(state.getLockedUntil()).isEqualTo(T0.plusSeconds(899 + 900));
        Lockout lockout = policy.lockout(state, T0.plusSeconds(900));
        assertThat(lockout.secondsToWait()).isEqualTo(899);
        assertThat(lockout.minutesToWait()).isEqualTo(15);
        assertThat(policy.isLocked(state, T0.plusSeconds(899 + 900))).isFalse();
    }

    @Test
    void shouldStartANewWindowWhenTheOldOneHasPassed() {
        ThrottleState state = fail(ThrottleState.FRESH, 4, T0);
        state = policy.afterFailure(state, T0.plusSeconds(900));

        assertThat(state.getFailures()).isEqualTo(1);
        assertThat(state.getWindowStart()).isEqualTo(T0.plusSeconds(900));
        assertThat(policy.isLocked(state, T0.plusSeconds(900))).isFalse();
    }

    @Test
    void shouldNeitherCountNorExtendFailuresDuringALock() {
        ThrottleState locked = fail(ThrottleState.FRESH, 5, T0);

        assertThat(policy.afterFailure(locked, T0.plusSeconds(60))).isSameAs(locked);
    }

    @Test
    void shouldDoubleEachLockInARowUpToTheMaximum() {
        ThrottleState state = fail(ThrottleState.FRESH, 5, T0);
        assertThat(Duration.between(T0, state.getLockedUntil())).isEqualTo(Duration.ofMinutes(15));

        Instant second = state.getLockedUntil();
        state = fail(state, 5, second);
        assertThat(Duration.between(second, state.getLockedUntil())).isEqualTo(Duration.ofMinutes(30));

        Instant third = state.getLockedUntil();
        state = fail(state, 5, third);
        assertThat(Duration.between(third, state.getLockedUntil())).isEqualTo(Duration.ofMinutes(60));

        Instant fourth = state.getLockedUntil();
        state = fail(state, 5, fourth);
        assertThat(Duration.between(fourth, state.getLockedUntil())).as("capped").isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void shouldForgetTheLocksInARowAfterAQuietWindow() {
        ThrottleState state = fail(ThrottleState.FRESH, 5, T0);
        Instant quietAfter = state.getLockedUntil().plusSeconds(900);

        state = fail(state, 5, quietAfter);

        assertThat(Duration.between(quietAfter, state.getLockedUntil())).isEqualTo(Duration.ofMinutes(15));
        assertThat(state.getLocks()).isEqualTo(1);
    }

    @Test
    void shouldSayWhenACounterCanBeForgotten() {
        ThrottleState counting = fail(ThrottleState.FRESH, 2, T0);
        assertThat(policy.isForgotten(counting, T0.plusSeconds(899))).isFalse();
        assertThat(policy.isForgotten(counting, T0.plusSeconds(900))).isTrue();

        ThrottleState locked = fail(ThrottleState.FRESH, 5, T0);
        assertThat(policy.isForgotten(locked, locked.getLockedUntil())).isFalse();
        assertThat(policy.isForgotten(locked, locked.getLockedUntil().plusSeconds(900))).isTrue();
    }

    @Test
    void shouldRoundTheWaitUpToWholeMinutesAndSeconds() {
        assertThat(new Lockout(T0.plusMillis(1), T0).secondsToWait()).isEqualTo(1);
        assertThat(new Lockout(T0.plusMillis(1), T0).minutesToWait()).isEqualTo(1);
        assertThat(new Lockout(T0.plusSeconds(61), T0).minutesToWait()).isEqualTo(2);
        assertThat(new Lockout(T0.plusSeconds(720), T0).minutesToWait()).isEqualTo(12);
        assertThat(Lockout.later(new Lockout(T0.plusSeconds(5), T0), new Lockout(T0.plusSeconds(9), T0))
                .secondsToWait()).isEqualTo(9);
    }

    @Test
    void shouldRefuseAPolicyThatCouldNeverLockOrNeverEnd() {
        assertThatThrownBy(() -> ThrottlePolicy.of(0, 900, 900, 900)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ThrottlePolicy.of(5, 0, 900, 900)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ThrottlePolicy.of(5, 900, 0, 900)).isInstanceOf(IllegalArgumentException.class);
    }
}
