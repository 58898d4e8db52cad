package com.broadleafloyalty.tier.domain;

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

@Entity
@Table(name = "LOY_TIER_CHANGE", uniqueConstraints = @UniqueConstraint(name = "LOY_TIER_CHANGE_KEY_UK",
        columnNames = {"CUSTOMER_ID", "CHANGE_KEY"}))
public class TierChangeImpl implements TierChange {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyTierChangeId")
    @GenericGenerator(name = "LoyTierChangeId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "TierChangeImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.tier.domain.TierChangeImpl")
            })
    @Column(name = "TIER_CHANGE_ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    @Index(name = "LOY_TIER_CHANGE_CUST_IDX", columnNames = {"CUSTOMER_ID"})
    protected Long customerId;

    @Column(name = "FROM_TIER", length = 100)
    protected String fromTier;

    @Column(name = "TO_TIER", length = 100)
    protected String toTier;

    @Column(name = "REASON", nullable = false, length = 500)
    protected String reason;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CHANGE_DATE", nullable = false)
    protected Date changeDate;

    @Column(name = "CHANGE_KEY", nullable = false, length = 100)
    protected String changeKey;

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
    public String getFromTier() {
        return fromTier;
    }

    @Override
    public void setFromTier(String fromTier) {
        this.fromTier = fromTier;
    }

    @Override
    public String getToTier() {
        return toTier;
    }

    @Override
    public void setToTier(String toTier) {
        this.toTier = toTier;
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
    public Date getChangeDate() {
        return changeDate;
    }

    @Override
    public void setChangeDate(Date changeDate) {
        this.changeDate = changeDate;
    }

    @Override
    public String getChangeKey() {
        return changeKey;
    }

    @Override
    public void setChangeKey(String changeKey) {
        this.changeKey = changeKey;
    }
}
