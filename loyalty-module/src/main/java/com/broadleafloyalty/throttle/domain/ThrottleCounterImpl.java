package com.broadleafloyalty.throttle.domain;

import org.hibernate.annotations.Index;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A throttle counter, shared by every shop node through the database. The key is kind and subject
 * ({@code LOGIN|account:ana@example.com}); rows are changed only under a row lock (SELECT … FOR UPDATE), and the
 * primary key stops two nodes creating the same counter twice.
 */
@Entity
@Table(name = "LOY_THROTTLE")
public class ThrottleCounterImpl implements ThrottleCounter {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "THROTTLE_KEY", length = 300, nullable = false)
    protected String key;

    @Column(name = "KIND", length = 30, nullable = false)
    protected String kind;

    @Column(name = "SUBJECT", length = 270, nullable = false)
    protected String subject;

    @Column(name = "FAILURES", nullable = false)
    protected int failures;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "WINDOW_START")
    protected Date windowStart;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LOCKED_UNTIL")
    protected Date lockedUntil;

    @Column(name = "LOCKS", nullable = false)
    protected int locks;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_AT", nullable = false)
    @Index(name = "LOY_THROTTLE_UPDATED_IDX")
    protected Date updatedAt;

    protected ThrottleCounterImpl() {
    }

    public ThrottleCounterImpl(String key, String kind, String subject) {
        this.key = key;
        this.kind = kind;
        this.subject = subject;
    }

    /** Stores a new state computed by the rules. */
    public void update(int failures, Date windowStart, Date lockedUntil, int locks, Date updatedAt) {
        this.failures = failures;
        this.windowStart = windowStart;
        this.lockedUntil = lockedUntil;
        this.locks = locks;
        this.updatedAt = updatedAt;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getKind() {
        return kind;
    }

    @Override
    public String getSubject() {
        return subject;
    }

    @Override
    public int getFailures() {
        return failures;
    }

    @Override
    public Date getWindowStart() {
        return windowStart;
    }

    @Override
    public Date getLockedUntil() {
        return lockedUntil;
    }

    @Override
    public int getLocks() {
        return locks;
    }

    @Override
    public Date getUpdatedAt() {
        return updatedAt;
    }
}
