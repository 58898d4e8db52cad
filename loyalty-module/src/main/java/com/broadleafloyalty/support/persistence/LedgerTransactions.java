package com.broadleafloyalty.support.persistence;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * Runs ledger work in its own transaction and retries it (with Failsafe, as {@link LedgerRetry} says) when the
 * database gives up on a lock (a timeout, a deadlock, a serialization failure). Safe because every posting is
 * idempotent by its source: a retry after an ambiguous failure finds what was written and writes nothing twice.
 * Inside a caller's transaction there is nothing to retry here; the work simply joins it.
 */
public class LedgerTransactions {

    private static final Log LOG = LogFactory.getLog(LedgerTransactions.class);
    private static final int MAX_ATTEMPTS = 8;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "entityManagerFactory")
    protected EntityManagerFactory entityManagerFactory;

    private RetryPolicy<Object> retryResettingBound = LedgerRetry.policy(MAX_ATTEMPTS, this::resetBoundEntityManager);
    private RetryPolicy<Object> retryKeepingBound = LedgerRetry.policy(MAX_ATTEMPTS, () -> { });
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
        return Failsafe.with(resetBound ? retryResettingBound : retryKeepingBound)
                .get(() -> template.execute(work));
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
        this.retryResettingBound = LedgerRetry.policy(maxAttempts, this::resetBoundEntityManager);
        this.retryKeepingBound = LedgerRetry.policy(maxAttempts, () -> { });
    }
}
