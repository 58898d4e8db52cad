package com.broadleafloyalty.ledger.domain;

import org.hibernate.annotations.Index;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

@Entity
@Table(name = "LOY_EARNED_BATCH")
public class EarnedBatchImpl implements EarnedBatch {

    private static final long serialVersionUID = 1L;

    /** The id of the ledger entry that earned the batch (one batch per credit): found by primary key from it. */
    @Id
    @Column(name = "BATCH_ID")
    protected Long id;

    @Index(name = "LOY_BATCH_CUSTOMER_IDX", columnNames = {"CUSTOMER_ID"})
    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "LEDGER_ENTRY_ID", nullable = false)
    protected Long ledgerEntryId;

    @Column(name = "POINTS", nullable = false)
    protected long points;

    @Column(name = "REMAINING", nullable = false)
    protected long remaining;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "AVAILABLE_FROM", nullable = false)
    protected Date availableFrom;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "EXPIRES_AT")
    protected Date expiresAt;

    @Column(name = "REMINDER_SENT", nullable = false)
    protected boolean reminderSent;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    @Override
    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    @Override
    public Long getLedgerEntryId() {
        return ledgerEntryId;
    }

    @Override
    public void setLedgerEntryId(Long ledgerEntryId) {
        this.ledgerEntryId = ledgerEntryId;
    }

    @Override
    public long getPoints() {
        return points;
    }

    @Override
    public void setPoints(long points) {
        this.points = points;
    }

    @Override
    public long getRemaining() {
        return remaining;
    }

    @Override
    public void setRemaining(long remaining) {
        this.remaining = remaining;
    }

    @Override
    public Date getAvailableFrom() {
        return availableFrom;
    }

    @Override
    public void setAvailableFrom(Date availableFrom) {
        this.availableFrom = availableFrom;
    }

    @Override
    public Date getExpiresAt() {
        return expiresAt;
    }

    @Override
    public void setExpiresAt(Date expiresAt) {
        this.expiresAt = expiresAt;
    }

    @Override
    public boolean isReminderSent() {
        return reminderSent;
    }

    @Override
    public void setReminderSent(boolean reminderSent) {
        this.reminderSent = reminderSent;
    }
}
