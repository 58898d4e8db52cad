package com.broadleafloyalty.support.persistence;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockTimeoutException;
import javax.persistence.OptimisticLockException;
import javax.persistence.PessimisticLockException;

/**
 * Runs ledger work in its own transaction and retries it when the database gives up on a lock (a timeout, a
 * deadlock, a serialization failure). Safe because every posting is idempotent by its source: a retry after an
 * ambiguous failure finds what was written and writes nothing twice. Inside a caller's transaction there is nothing to
 * retry here; the work simply joins it.
 */
public class LedgerTransactions {

    private static final Log LOG = LogFactory.getLog(LedgerTransactions.class);

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "entityManagerFactory")
    protected EntityManagerFactory entityManagerFactory;

    private int maxAttempts = 8;
    private boolean localLocking = true;
    private final ReentrantLock[] stripes = new ReentrantLock[64];

    public LedgerTransactions() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /**
     * Runs {@code work} for one customer's account. With local locking on (loyalty.ledger.local.locking, default
     * true) threads of this node changing the same account queue in memory first, so they do not pile up on the row
     * lock; that only relieves contention. What guarantees correctness, across nodes too, is the row lock every
     * posting takes in the database.
     */
    public <T> T run(Long customerId, TransactionCallback<T> work) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return template.execute(work);
        }
        return locked(customerId, () -> runWithRetries(template, work, true));
    }

    private <T> T locked(Long customerId, Supplier<T> work) {
        ReentrantLock stripe = localLocking && customerId != null
                ? stripes[(int) Math.floorMod(customerId, (long) stripes.length)] : null;
        if (stripe != null) {
            stripe.lock();
        }
        try {
            return work.get();
        } finally {
            if (stripe != null) {
                stripe.unlock();
            }
        }
    }

    /**
     * Runs {@code work} in a transaction of its own even inside a caller's (suspended meanwhile), with the retries of
     * {@link #run}. For work after a commit, in the committing call, where the caller's transaction is over but still
     * bound to the thread.
     */
    public <T> T runInNewTransaction(Long customerId, TransactionCallback<T> work) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // The suspended transaction's EntityManager is the caller's: a failed attempt must leave it alone.
        return locked(customerId, () -> runWithRetries(template, work, false));
    }

    private <T> T runWithRetries(TransactionTemplate template, TransactionCallback<T> work, boolean resetBound) {
        for (int attempt = 1; ; attempt++) {
            try {
                return template.execute(work);
            } catch (RuntimeException e) {
                if (attempt >= maxAttempts || !isTransient(e)) {
                    throw e;
                }
                LOG.debug("Ledger transaction attempt " + attempt + " hit a lock conflict, retrying: " + e);
                if (resetBound) {
                    resetBoundEntityManager();
                }
                pause(attempt);
            }
        }
    }

    /**
     * In a web request the EntityManager is bound to the thread (open-session-in-view). A failed attempt whose
     * rollback broke leaves its transaction open; end it and detach everything, so the retry starts clean.
     */
    private void resetBoundEntityManager() {
        EntityManagerHolder holder = entityManagerFactory == null ? null
                : (EntityManagerHolder) TransactionSynchronizationManager.getResource(entityManagerFactory);
        if (holder == null) {
            return;
        }
        EntityManager em = holder.getEntityManager();
        try {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        } catch (RuntimeException e) {
            LOG.debug("Rolling back the failed attempt's transaction failed too: " + e);
        }
        em.clear();
    }

    public void setLocalLocking(boolean localLocking) {
        this.localLocking = localLocking;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
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

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a ledger transaction", e);
        }
    }
}
