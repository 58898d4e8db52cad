package com.broadleafloyalty.support.persistence;

import dev.failsafe.RetryPolicy;
import dev.failsafe.RetryPolicyBuilder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntToLongFunction;

import javax.persistence.LockTimeoutException;
import javax.persistence.OptimisticLockException;
import javax.persistence.PessimisticLockException;

/**
 * When a ledger transaction is tried again: up to {@code maxAttempts} attempts in all, only after a transient failure
 * (the database gave up on a lock: a timeout, a deadlock, a serialization failure, or a concurrent posting of the same
 * source committed first), each after a random pause of 5 ms up to 20 ms times the attempts made so far, so colliding
 * threads spread out more with every round.
 */
final class LedgerRetry {

    private static final Log LOG = LogFactory.getLog(LedgerRetry.class);

    private LedgerRetry() {
    }

    /** {@code beforeRetry} runs after a failed attempt that will be tried again, before the pause. */
    static <T> RetryPolicy<T> policy(int maxAttempts, Runnable beforeRetry) {
        return policy(maxAttempts, beforeRetry, LedgerRetry::pauseMillis);
    }

    /** {@code pause} gives the pause in milliseconds after the n-th failed attempt. */
    static <T> RetryPolicy<T> policy(int maxAttempts, Runnable beforeRetry, IntToLongFunction pause) {
        RetryPolicyBuilder<T> builder = RetryPolicy.builder();
        return builder.handleIf(LedgerRetry::isTransient)
                .withMaxAttempts(maxAttempts)
                .withDelayFn(context -> Duration.ofMillis(pause.applyAsLong(context.getAttemptCount())))
                .onRetryScheduled(event -> {
                    LOG.debug("Ledger transaction attempt " + event.getAttemptCount()
                            + " hit a lock conflict, retrying: " + event.getLastException());
                    beforeRetry.run();
                })
                .build();
    }

    /** The pause after the {@code attempt}-th failed attempt: 5 ms up to (not including) 20 ms x attempt. */
    static long pauseMillis(int attempt) {
        return ThreadLocalRandom.current().nextLong(5, 20L * Math.max(1, attempt));
    }

    static boolean isTransient(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyFailureException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException || cause instanceof OptimisticLockException
                    || cause instanceof SQLTransientException
                    || cause instanceof org.hibernate.PessimisticLockException
                    || cause instanceof org.hibernate.StaleStateException
                    // A failed attempt whose rollback also failed (the connection broke): nothing was committed.
                    || cause instanceof TransactionSystemException) {
                return true;
            }
            if (cause instanceof SQLException && isTransientState(((SQLException) cause).getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isTransientState(String state) {
        // 40001 serialization failure, 40P01 deadlock, 55P03 lock not available (PostgreSQL); HYT00 timeout (H2).
        // 23505 unique violation: a concurrent posting of the same source committed first (a credit checks its
        // source in the statement that locks the account, which on PostgreSQL can miss an entry committed while it
        // waited); the retry finds that entry and records nothing twice.
        return "40001".equals(state) || "40P01".equals(state) || "55P03".equals(state) || "HYT00".equals(state)
                || "23505".equals(state);
    }
}
