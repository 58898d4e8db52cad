package com.broadleafloyalty.support.persistence;

import org.hibernate.Session;
import org.hibernate.StatelessSession;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.internal.ConnectionObserverStatsBridge;

import java.sql.Connection;
import java.util.function.Consumer;

import javax.persistence.EntityManager;

/**
 * Inserts new entities at once, on the connection and in the transaction of {@code em}, without flushing its
 * persistence context: at checkout that context holds the whole order graph, and a flush dirty-checks every entity in
 * it. The entities are not managed by {@code em} afterwards. Statements go through Hibernate (a stateless session), so
 * they are logged, and counted in Hibernate's statistics, like any other.
 */
public final class ImmediateInsert {

    private ImmediateInsert() {
    }

    /** {@code inserts} calls {@link StatelessSession#insert} for each entity; each INSERT is sent at once. */
    public static void run(EntityManager em, Consumer<StatelessSession> inserts) {
        SessionImplementor session = (SessionImplementor) em.unwrap(Session.class);
        // The physical connection: statements made through Hibernate's connection proxy would be registered with
        // (and later closed by) the request's session, after the stateless session closed them already.
        Connection connection = session.getTransactionCoordinator().getJdbcCoordinator().getLogicalConnection()
                .getConnection();
        StatelessSession stateless = session.getFactory().openStatelessSession(connection);
        // Hibernate 4.1 counts a stateless session's statements nowhere; count them as a session's are counted.
        ((SessionImplementor) stateless).getTransactionCoordinator().getJdbcCoordinator().getLogicalConnection()
                .addObserver(new ConnectionObserverStatsBridge(session.getFactory()));
        try {
            inserts.accept(stateless);
        } finally {
            stateless.close();
        }
    }
}
