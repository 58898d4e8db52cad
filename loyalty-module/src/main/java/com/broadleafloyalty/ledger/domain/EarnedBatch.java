package com.broadleafloyalty.ledger.domain;

import java.util.Date;

import java.io.Serializable;

/** Points credited together that become available and expire together; {@code remaining} falls as they are used. */
public interface EarnedBatch extends Serializable {

    Long getId();

    /** The earning ledger entry's id: a batch shares it. */
    void setId(Long id);

    Long getCustomerId();

    void setCustomerId(Long customerId);

    Long getLedgerEntryId();

    void setLedgerEntryId(Long ledgerEntryId);

    long getPoints();

    void setPoints(long points);

    long getRemaining();

    void setRemaining(long remaining);

    Date getAvailableFrom();

    void setAvailableFrom(Date availableFrom);

    Date getExpiresAt();

    void setExpiresAt(Date expiresAt);

    boolean isReminderSent();

    void setReminderSent(boolean reminderSent);
}
