package com.broadleafloyalty.demo.replay.measure;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Records the SQL Hibernate sends while it is open, by listening to Hibernate's {@code org.hibernate.SQL} logger
 * (without printing it). Used on a few checkouts to name the statements the module adds.
 */
public final class SqlCapture extends AppenderSkeleton implements AutoCloseable {

    private static final Logger SQL = Logger.getLogger("org.hibernate.SQL");

    private final List<String> statements = new ArrayList<String>();
    private final Level levelBefore;
    private final boolean additivityBefore;

    private SqlCapture() {
        levelBefore = SQL.getLevel();
        additivityBefore = SQL.getAdditivity();
        SQL.setAdditivity(false);
        SQL.setLevel(Level.DEBUG);
        SQL.addAppender(this);
    }

    public static SqlCapture open() {
        return new SqlCapture();
    }

    @Override
    protected void append(LoggingEvent event) {
        statements.add(String.valueOf(event.getMessage()).replaceAll("\\s+", " ").trim());
    }

    public List<String> statements() {
        return statements;
    }

    @Override
    public void close() {
        SQL.removeAppender(this);
        SQL.setLevel(levelBefore);
        SQL.setAdditivity(additivityBefore);
    }

    @Override
    public boolean requiresLayout() {
        return false;
    }
}
