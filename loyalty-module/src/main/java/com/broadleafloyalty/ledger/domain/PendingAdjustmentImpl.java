package com.broadleafloyalty.ledger.domain;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** LOY_PENDING_ADJUSTMENT: written when requested, updated once when decided; the ledger is untouched until then. */
@Entity
@Table(name = "LOY_PENDING_ADJUSTMENT")
public class PendingAdjustmentImpl implements PendingAdjustment {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyPendingAdjustmentId")
    @GenericGenerator(name = "LoyPendingAdjustmentId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "PendingAdjustmentImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.ledger.domain.PendingAdjustmentImpl")
            })
    @Column(name = "PENDING_ADJUSTMENT_ID")
    protected Long id;

    @Index(name = "LOY_PENDING_ADJ_CUSTOMER_IDX", columnNames = {"CUSTOMER_ID"})
    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "POINTS", nullable = false)
    protected long points;

    @Column(name = "REASON", nullable = false, length = 255)
    protected String reason;

    @Column(name = "REQUESTED_BY", nullable = false, length = 255)
    protected String requestedBy;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REQUESTED_AT", nullable = false)
    protected Date requestedAt;

    @Index(name = "LOY_PENDING_ADJ_STATUS_IDX", columnNames = {"STATUS"})
    @Column(name = "STATUS", nullable = false, length = 20)
    protected String status;

    @Column(name = "DECIDED_BY", length = 255)
    protected String decidedBy;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "DECIDED_AT")
    protected Date decidedAt;

    @Column(name = "LEDGER_ENTRY_ID")
    protected Long ledgerEntryId;

    @Override
    public Long getId() {
        return id;
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
    public long getPoints() {
        return points;
    }

    @Override
    public void setPoints(long points) {
        this.points = points;
    }

    @Override
    public String getReason() {
        return reason;
    }

    @Override
    public void setReason(String reason) {
        this.reason = reason;
    }

    @Override
    public String getRequestedBy() {
        return requestedBy;
    }

    @Override
    public void setRequestedBy(String requestedBy) {
        this.requestedBy = requestedBy;
    }

    @Override
    public Date getRequestedAt() {
        return requestedAt;
    }

    @Override
    public void setRequestedAt(Date requestedAt) {
        this.requestedAt = requestedAt;
    }

    @Override
    public String getStatus() {
        return status;
    }

    @Override
    public void setStatus(String status) {
        this.status = status;
    }

    @Override
    public String getDecidedBy() {
        return decidedBy;
    }

    @Override
    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    @Override
    public Date getDecidedAt() {
        return decidedAt;
    }

    @Override
    public void setDecidedAt(Date decidedAt) {
        this.decidedAt = decidedAt;
    }

    @Override
    public Long getLedgerEntryId() {
        return ledgerEntryId;
    }

    @Override
    public void setLedgerEntryId(Long ledgerEntryId) {
        this.ledgerEntryId = ledgerEntryId;
    }
}
