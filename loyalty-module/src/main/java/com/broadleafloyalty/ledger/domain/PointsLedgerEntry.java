package com.broadleafloyalty.ledger.domain;

import com.broadleafloyalty.core.ledger.PointsEntryType;

import java.io.Serializable;
import java.util.Date;

/**
 * One line of a customer's points ledger. The ledger is append-only: a balance is the sum of a customer's entries.
 * {@code (sourceType, sourceId, entryType)} is unique, so the same source can never credit or debit twice.
 */
public interface PointsLedgerEntry extends Serializable {

    String SOURCE_ORDER = "ORDER";

    Long getId();

    Long getCustomerId();

    void setCustomerId(Long customerId);

    PointsEntryType getEntryType();

    void setEntryType(PointsEntryType entryType);

    long getPoints();

    void setPoints(long points);

    String getSourceType();

    void setSourceType(String sourceType);

    Long getSourceId();

    void setSourceId(Long sourceId);

    String getReason();

    void setReason(String reason);

    /** The parameters of the rule that produced this entry, as they were when it was written. */
    String getRuleSnapshot();

    void setRuleSnapshot(String ruleSnapshot);

    Date getCreatedDate();

    void setCreatedDate(Date createdDate);
}
