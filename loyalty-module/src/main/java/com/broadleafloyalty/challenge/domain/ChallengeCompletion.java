package com.broadleafloyalty.challenge.domain;

import java.io.Serializable;
import java.util.Date;

/** A customer's completed challenge: their badge. One per challenge and customer (a database unique key). */
public interface ChallengeCompletion extends Serializable {

    Long getId();

    Long getChallengeId();

    Long getCustomerId();

    Date getCompletedAt();

    /** The order whose checkout completed it, or null (the nightly job). */
    Long getOrderId();

    /** The ledger entry of the bonus, or null (no bonus). */
    Long getLedgerEntryId();

    void setLedgerEntryId(Long ledgerEntryId);
}
