package com.broadleafloyalty.support.persistence;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.persistence.PersistenceException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retry policy of ledger transactions, without a database: which failures, how often, how long between. */
class LedgerRetryTest {

    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger resets = new AtomicInteger();

    @Test
    void shouldTryATransientFailureEightTimesInAllThenRethrowIt() {
        RuntimeException deadlock = new CannotAcquireLockException("deadlock");
        RetryPolicy<Object> policy = LedgerRetry.policy(8, resets::incrementAndGet);

        assertThatThrownBy(() -> Failsafe.with(policy).get(() -> {
            attempts.incrementAndGet();
            throw deadlock;
        })).isSameAs(deadlock);
        assertThat(attempts).hasValue(8);
        assertThat(resets).hasValue(7);
    }

    @Test
    void shouldReturnWhatASuccessfulRetryReturns() {
        String result = Failsafe.with(LedgerRetry.<String>policy(8, resets::incrementAndGet)).get(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new PersistenceException(new SQLException("could not serialize access", "40001"));
            }
            return "posted";
        });

        assertThat(result).isEqualTo("posted");
        assertThat(attempts).hasValue(3);
        assertThat(resets).hasValue(2);
    }

    @Test
    void shouldRethrowAFailureThatIsNotTransientAtOnce() {
        RuntimeException bug = new IllegalStateException("not a lock problem");

        assertThatThrownBy(() -> Failsafe.with(LedgerRetry.policy(8, resets::incrementAndGet)).get(() -> {
            attempts.incrementAndGet();
            throw bug;
        })).isSameAs(bug);
        assertThat(attempts).hasValue(1);
        assertThat(resets).hasValue(0);
    }

    @Test
    void shouldClassifyLockConflictsAsTransientAndNothingElse() {
        assertThat(LedgerRetry.isTransient(new CannotAcquireLockException("lock"))).isTrue();
        assertThat(LedgerRetry.isTransient(new TransactionSystemException("rollback failed"))).isTrue();
        assertThat(LedgerRetry.isTransient(new PersistenceException(new LockAcquisitionException("lock",
                new SQLException("deadlock detected", "40P01"))))).isTrue();
        assertThat(LedgerRetry.isTransient(new PersistenceException(new SQLException("lock timeout", "HYT00"))))
                .isTrue();
        assertThat(LedgerRetry.isTransient(new DataIntegrityViolationException("dup",
                new SQLException("duplicate key", "23505")))).isTrue();
        assertThat(LedgerRetry.isTransient(new DataIntegrityViolationException("null",
                new SQLException("not null", "23502")))).isFalse();
        assertThat(LedgerRetry.isTransient(new IllegalArgumentException("bad amount"))).isFalse();
    }

    @Test
    void shouldPauseAfterEachFailedAttemptAccordingToTheAttemptsMadeSoFar() {
        List<Integer> pausedAfter = new ArrayList<Integer>();
        List<Long> gaps = new ArrayList<Long>();
        long[] last = new long[1];
        RetryPolicy<Object> policy = LedgerRetry.policy(4, resets::incrementAndGet, attempt -> {
            pausedAfter.add(attempt);
            return attempt < 4 ? 30L * attempt : 2_000L;
        });

        assertThatThrownBy(() -> Failsafe.with(policy).get(() -> {
            long now = System.nanoTime();
            if (attempts.getAndIncrement() > 0) {
                gaps.add((now - last[0]) / 1_000_000);
            }
            last[0] = now;
            throw new CannotAcquireLockException("lock");
        })).isInstanceOf(CannotAcquireLockException.class);
        long afterLast = (System.nanoTime() - last[0]) / 1_000_000;

        // Failsafe also asks after the last attempt, and then does not wait: the failure is rethrown at once.
        assertThat(pausedAfter).startsWith(1, 2, 3);
        assertThat(afterLast).isLessThan(2_000L);
        assertThat(gaps).hasSize(3);
        for (int i = 0; i < gaps.size(); i++) {
            assertThat(gaps.get(i)).as("pause after attempt %d", i + 1).isGreaterThanOrEqualTo(30L * (i + 1));
        }
    }

    @Test
    void shouldPauseFiveMillisecondsUpToTwentyTimesTheAttempt() {
        for (int draw = 0; draw < 1_000; draw++) {
            for (int attempt = 1; attempt <= 7; attempt++) {
                assertThat(LedgerRetry.pauseMillis(attempt)).isBetween(5L, 20L * attempt - 1);
            }
        }
    }

    @Test
    void shouldStopRetryingWhenInterrupted() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Failsafe.with(LedgerRetry.policy(8, resets::incrementAndGet)).get(() -> {
                attempts.incrementAndGet();
                throw new CannotAcquireLockException("lock");
            })).isInstanceOf(FailsafeException.class).hasCauseInstanceOf(InterruptedException.class);
            assertThat(attempts).hasValue(1);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
