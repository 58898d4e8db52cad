package com.broadleafloyalty.ledger.domain;

import com.broadleafloyalty.ledger.core.PointsEntryType;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

@Entity
@Table(name = "LOY_LEDGER_ENTRY", uniqueConstraints = @UniqueConstraint(name = "LOY_LEDGER_SOURCE_UK",
        columnNames = {"SOURCE_TYPE", "SOURCE_ID", "ENTRY_TYPE"}))
public class PointsLedgerEntryImpl implements PointsLedgerEntry {

    private static final long serialVersionUID = 1L;

    /** The longest award detail, in characters. */
    private static final int AWARD_DETAIL_LENGTH = 1_000_000;

    @Id
    @GeneratedValue(generator = "LoyLedgerEntryId")
    @GenericGenerator(name = "LoyLedgerEntryId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "PointsLedgerEntryImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.ledger.domain.PointsLedgerEntryImpl")
            })
    @Column(name = "LEDGER_ENTRY_ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    @Index(name = "LOY_LEDGER_CUSTOMER_IDX", columnNames = {"CUSTOMER_ID"})
    protected Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ENTRY_TYPE", nullable = false, length = 20)
    protected PointsEntryType entryType;

    @Column(name = "POINTS", nullable = false)
    protected long points;

    @Column(name = "SOURCE_TYPE", nullable = false, length = 40)
    protected String sourceType;

    @Column(name = "SOURCE_ID", nullable = false)
    protected Long sourceId;

    @Column(name = "REASON", nullable = false, length = 500)
    protected String reason;

    @Column(name = "RULE_SNAPSHOT", length = 1000)
    protected String ruleSnapshot;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_DATE", nullable = false)
    protected Date createdDate;

    @Column(name = "ORDER_ID")
    @Index(name = "LOY_LEDGER_ORDER_IDX", columnNames = {"ORDER_ID"})
    protected Long orderId;

    @Column(name = "ACTOR", length = 100)
    protected String actor;

    @Column(name = "CURRENCY_CODE", length = 3)
    protected String currencyCode;

    @Column(name = "CONVERSION_RATE", precision = 19, scale = 8)
    protected BigDecimal conversionRate;

    /**
     * A long VARCHAR rather than a CLOB: H2 moves a CLOB of more than 256 characters (most orders' detail) to its LOB
     * storage, a second write at every award. One line takes some 25 characters, so an order of 40,000 lines fits;
     * PostgreSQL accepts up to 10,485,760.
     */
    @Column(name = "AWARD_DETAIL", length = AWARD_DETAIL_LENGTH)
    protected String awardDetail;

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
    public PointsEntryType getEntryType() {
        return entryType;
    }

    @Override
    public void setEntryType(PointsEntryType entryType) {
        this.entryType = entryType;
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
    public String getSourceType() {
        return sourceType;
    }

    @Override
    public void setSourceType(String sourceType) {
        this.sourceType = sourceType;
    }

    @Override
    public Long getSourceId() {
        return sourceId;
    }

    @Override
    public void setSourceId(Long sourceId) {
        this.sourceId = sourceId;
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
    public String getRuleSnapshot() {
        return ruleSnapshot;
    }

    @Override
    public void setRuleSnapshot(String ruleSnapshot) {
        this.ruleSnapshot = ruleSnapshot;
    }

    @Override
    public Long getOrderId() {
        return orderId;
    }

    @Override
    public void setOrderId(Long orderId) {
        this.orderId = orderId;
    }

    @Override
    public String getActor() {
        return actor;
    }

    @Override
    public void setActor(String actor) {
        this.actor = actor;
    }

    @Override
    public String getCurrencyCode() {
        return currencyCode;
    }

    @Override
    public void setCurrencyCode(String currencyCode) {
        this.currencyCode = currencyCode;
    }

    @Override
    public BigDecimal getConversionRate() {
        return conversionRate;
    }

    @Override
    public void setConversionRate(BigDecimal conversionRate) {
        this.conversionRate = conversionRate;
    }

    @Override
    public String getAwardDetail() {
        return awardDetail;
    }

    @Override
    public void setAwardDetail(String awardDetail) {
        this.awardDetail = awardDetail;
    }

    @Override
    public Date getCreatedDate() {
        return createdDate;
    }

    @Override
    public void setCreatedDate(Date createdDate) {
        this.createdDate = createdDate;
    }
}
