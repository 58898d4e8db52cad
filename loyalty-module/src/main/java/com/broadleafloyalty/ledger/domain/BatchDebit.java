package com.broadleafloyalty.ledger.domain;


import java.io.Serializable;

/** How many points one debit entry took from one batch, so a rollback or cancellation can give exactly those back. */
public interface BatchDebit extends Serializable {

    Long getId();

    Long getLedgerEntryId();

    void setLedgerEntryId(Long ledgerEntryId);

    Long getBatchId();

    void setBatchId(Long batchId);

    long getPoints();

    void setPoints(long points);
}
