package com.broadleafloyalty.demo.replay.measure;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Times a checkout and counts the SQL statements it prepares, from Hibernate's statistics on blPU's session factory
 * (switched on here at run time: Broadleaf 3.1 does not pass {@code hibernate.generate_statistics} through). Id
 * allocation on {@code SEQUENCE_GENERATOR} runs outside that count; {@link SqlCapture} sees it.
 */
public final class CheckoutMeter {

    private final Statistics statistics;
    private long lastNanos;
    private long lastStatements;
    private long lastFlushes;
    private long lastTransactions;
    private boolean captureNext;
    private List<String> lastSql = Collections.emptyList();

    public CheckoutMeter(SessionFactory sessionFactory) {
        this.statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    /** Logs the SQL of the next measured checkout (which makes it slower: do not count its time). */
    public void captureNext() {
        captureNext = true;
    }

    public <T> T measure(Callable<T> checkout) throws Exception {
        if (!captureNext) {
            lastSql = Collections.emptyList();
            return timed(checkout);
        }
        captureNext = false;
        try (SqlCapture capture = SqlCapture.open()) {
            T result = timed(checkout);
            lastSql = capture.statements();
            return result;
        }
    }

    private <T> T timed(Callable<T> checkout) throws Exception {
        long statementsBefore = statistics.getPrepareStatementCount();
        long flushesBefore = statistics.getFlushCount();
        long transactionsBefore = statistics.getTransactionCount();
        long start = System.nanoTime();
        T result = checkout.call();
        lastNanos = System.nanoTime() - start;
        lastStatements = statistics.getPrepareStatementCount() - statementsBefore;
        lastFlushes = statistics.getFlushCount() - flushesBefore;
        lastTransactions = statistics.getTransactionCount() - transactionsBefore;
        return result;
    }

    /**
     * Hibernate flushes during the last checkout (explicit, before queries, at commits): each one dirty-checks every
     * entity the request has loaded, the whole order graph at checkout.
     */
    public long lastFlushes() {
        return lastFlushes;
    }

    /** Transactions completed during the last checkout. */
    public long lastTransactions() {
        return lastTransactions;
    }

    /** The SQL of the last checkout, if it was captured; empty otherwise. */
    public List<String> lastSql() {
        return lastSql;
    }

    /** Duration of the last measured checkout. */
    public long lastNanos() {
        return lastNanos;
    }

    /** Statements the last measured checkout prepared. */
    public long lastStatements() {
        return lastStatements;
    }
}
