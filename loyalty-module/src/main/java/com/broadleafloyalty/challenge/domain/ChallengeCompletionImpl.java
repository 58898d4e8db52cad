package com.broadleafloyalty.challenge.domain;

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
import javax.persistence.UniqueConstraint;

/**
 * LOY_CHALLENGE_COMPLETION: the unique key on (CHALLENGE_ID, CUSTOMER_ID) is what grants a badge once, across shop
 * nodes and concurrent runs; the bonus's ledger entry is keyed by this row's id (source CHALLENGE).
 */
@Entity
@Table(name = "LOY_CHALLENGE_COMPLETION", uniqueConstraints = @UniqueConstraint(
        name = "LOY_CHALLENGE_COMPLETION_UK", columnNames = {"CHALLENGE_ID", "CUSTOMER_ID"}))
public class ChallengeCompletionImpl implements ChallengeCompletion {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyChallengeCompletionId")
    @GenericGenerator(name = "LoyChallengeCompletionId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "ChallengeCompletionImpl"),
                @Parameter(name = "entity_name",
                        value = "com.broadleafloyalty.challenge.domain.ChallengeCompletionImpl")
            })
    @Column(name = "COMPLETION_ID")
    protected Long id;

    @Column(name = "CHALLENGE_ID", nullable = false)
    protected Long challengeId;

    @Index(name = "LOY_CHALLENGE_COMPL_CUST_IDX", columnNames = {"CUSTOMER_ID"})
    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "COMPLETED_AT", nullable = false)
    protected Date completedAt;

    @Column(name = "ORDER_ID")
    protected Long orderId;

    @Column(name = "LEDGER_ENTRY_ID")
    protected Long ledgerEntryId;

    protected ChallengeCompletionImpl() {
    }

    public ChallengeCompletionImpl(Long challengeId, Long customerId, Date completedAt, Long orderId) {
        this.challengeId = challengeId;
        this.customerId = customerId;
        this.completedAt = completedAt;
        this.orderId = orderId;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Long getChallengeId() {
        return challengeId;
    }

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    @Override
    public Date getCompletedAt() {
        return completedAt;
    }

    @Override
    public Long getOrderId() {
        return orderId;
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
