package com.broadleafloyalty.ledger.domain;

import org.hibernate.annotations.Index;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;


import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "LOY_BATCH_DEBIT")
public class BatchDebitImpl implements BatchDebit {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "BatchDebitId")
    @GenericGenerator(name = "BatchDebitId", strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "BatchDebitImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.ledger.domain.BatchDebitImpl")
            })
    @Column(name = "BATCH_DEBIT_ID")
    protected Long id;

    @Index(name = "LOY_DEBIT_ENTRY_IDX", columnNames = {"LEDGER_ENTRY_ID"})
    @Column(name = "LEDGER_ENTRY_ID", nullable = false)
    protected Long ledgerEntryId;

    @Column(name = "BATCH_ID", nullable = false)
    protected Long batchId;

    @Column(name = "POINTS", nullable = false)
    protected long points;

    @Override
    public Long getId() {
        return id;
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
    public Long getBatchId() {
        return batchId;
    }

    @Override
    public void setBatchId(Long batchId) {
        this.batchId = batchId;
    }

    @Override
    public long getPoints() {
        return points;
    }

    @Override
    public void setPoints(long points) {
        this.points = points;
    }
}
