package com.broadleafloyalty.support.persistence;

import org.hibernate.Session;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SessionImplementor;

import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.persistence.EntityManager;

/**
 * Runs one SQL INSERT or UPDATE on the connection and in the transaction of {@code em}, through Hibernate's own
 * statement preparer: logged and counted in Hibernate's statistics like Hibernate's statements, errors converted
 * like Hibernate's. What it leaves out is the second-level-cache bookkeeping Hibernate 4.1 does around every native
 * and bulk query, which walks all of Broadleaf's entity and collection persisters each time. Only for the module's own
 * tables, which no cache region holds; it does not flush, and entities loaded in {@code em} do not see the change.
 */
public final class DirectStatement {

    /** Sets the statement's parameters. */
    public interface Parameters {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private DirectStatement() {
    }

    /** The number of rows changed. */
    public static int executeUpdate(EntityManager em, String sql, Parameters parameters) {
        SessionImplementor session = (SessionImplementor) em.unwrap(Session.class);
        JdbcCoordinator jdbc = session.getTransactionCoordinator().getJdbcCoordinator();
        PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(sql);
        try {
            parameters.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw session.getFactory().getSQLExceptionHelper().convert(e, "Could not execute statement", sql);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(statement);
        }
    }
}
