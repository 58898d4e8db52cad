package com.broadleafloyalty.support.persistence;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.Session;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.event.spi.EventSource;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.SQLException;
import java.sql.Savepoint;

import javax.persistence.EntityManagerFactory;

/**
 * Work that waits for the next commit of the request's persistence context. In a storefront request, Broadleaf's
 * checkout runs its workflow outside a transaction and ends with one transaction that saves the submitted order; work
 * registered during the workflow runs inside that transaction, after its flush and just before its commit. The
 * module's rows then commit with the order, in one database commit instead of a transaction of their own.
 *
 * <p>The work runs under a savepoint: when it fails, what it wrote is rolled back, the transaction goes on and commits
 * Broadleaf's changes, and the work is told ({@link Work#failed}). Work that has not run yet stays registered when a
 * transaction of the request rolls back, and runs at the next commit; when a commit fails after the work ran, it is
 * registered again. Work left registered when the request ends never runs: no transaction of the request committed
 * after it was registered.
 *
 * <p>Built on Hibernate's transaction-completion processes of the request's session, the hook Hibernate Envers
 * writes its audit rows with.
 */
public final class RequestCommit {

    private static final Log LOG = LogFactory.getLog(RequestCommit.class);

    /** What runs in the request's next commit. */
    public interface Work {

        /** Inside the committing transaction; the request's EntityManager is the one bound to the thread. */
        void write();

        /** {@link #write} threw {@code error}; its changes are rolled back, the transaction will still commit. */
        void failed(RuntimeException error);

        /** The transaction that ran {@link #write} committed. */
        void committed();

        /** The transaction that ran {@link #write} did not commit: the work is registered for the next commit. */
        void rolledBack();
    }

    private RequestCommit() {
    }

    /**
     * True on a thread holding a request's persistence context (open-session-in-view) between transactions: work
     * registered now runs at its next commit.
     */
    public static boolean isAvailable(EntityManagerFactory entityManagerFactory) {
        return requestSession(entityManagerFactory) != null;
    }

    /** Registers {@code work} for the next commit; see {@link #isAvailable}. */
    public static void register(EntityManagerFactory entityManagerFactory, Work work) {
        SessionImplementor session = requestSession(entityManagerFactory);
        if (session == null) {
            throw new IllegalStateException("No request persistence context between transactions on this thread");
        }
        ((EventSource) session).getActionQueue().registerProcess(new BeforeCommit(work));
    }

    private static SessionImplementor requestSession(EntityManagerFactory entityManagerFactory) {
        if (entityManagerFactory == null || TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager
                .getResource(entityManagerFactory);
        if (holder == null || !holder.getEntityManager().isOpen()) {
            return null;
        }
        return (SessionImplementor) holder.getEntityManager().unwrap(Session.class);
    }

    private static final class BeforeCommit implements BeforeTransactionCompletionProcess {

        private final Work work;

        BeforeCommit(Work work) {
            this.work = work;
        }

        @Override
        public void doBeforeTransactionCompletion(SessionImplementor session) {
            ((Session) session).doWork(connection -> {
                Savepoint savepoint = connection.setSavepoint();
                try {
                    work.write();
                } catch (RuntimeException e) {
                    rollBack(connection, savepoint, e);
                    work.failed(e);
                }
            });
            ((EventSource) session).getActionQueue().registerProcess(new AfterCommit(work));
        }

        private static void rollBack(java.sql.Connection connection, Savepoint savepoint, RuntimeException cause)
                throws SQLException {
            try {
                connection.rollback(savepoint);
            } catch (SQLException e) {
                // The transaction cannot go on without its work undone: fail it, the work runs again at the next one.
                e.addSuppressed(cause);
                throw e;
            }
        }
    }

    private static final class AfterCommit implements AfterTransactionCompletionProcess {

        private final Work work;

        AfterCommit(Work work) {
            this.work = work;
        }

        @Override
        public void doAfterTransactionCompletion(boolean success, SessionImplementor session) {
            if (success) {
                work.committed();
                return;
            }
            LOG.debug("The request's transaction rolled back after module work ran in it: registered again");
            work.rolledBack();
            ((EventSource) session).getActionQueue().registerProcess(new BeforeCommit(work));
        }
    }
}
