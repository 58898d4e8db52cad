package com.broadleafloyalty.ledger.domain;

import java.io.Serializable;
import java.util.Date;

/** A points adjustment above the approval threshold, held until a second admin approves or rejects it. */
public interface PendingAdjustment extends Serializable {

    Long getId();

    Long getCustomerId();

    void setCustomerId(Long customerId);

    long getPoints();

    void setPoints(long points);

    String getReason();

    void setReason(String reason);

    String getRequestedBy();

    void setRequestedBy(String requestedBy);

    Date getRequestedAt();

    void setRequestedAt(Date requestedAt);

    /** An {@link com.broadleafloyalty.audit.core.ApprovalStatus} name. */
    String getStatus();

    void setStatus(String status);

    String getDecidedBy();

    void setDecidedBy(String decidedBy);

    Date getDecidedAt();

    void setDecidedAt(Date decidedAt);

    /** The ADJUST entry the approval posted; null until approved. */
    Long getLedgerEntryId();

    void setLedgerEntryId(Long ledgerEntryId);
}
