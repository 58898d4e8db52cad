package com.broadleafloyalty.ledger.domain;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

@Entity
@Table(name = "LOY_ACCOUNT", uniqueConstraints = @UniqueConstraint(name = "LOY_ACCOUNT_CUSTOMER_UK", columnNames = {"CUSTOMER_ID"}))
public class LoyaltyAccountImpl implements LoyaltyAccount {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "LoyaltyAccountId")
    @GenericGenerator(name = "LoyaltyAccountId", strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "LoyaltyAccountImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.ledger.domain.LoyaltyAccountImpl")
            })
    @Column(name = "ACCOUNT_ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "BALANCE", nullable = false)
    protected long balance;

    @Column(name = "DEBT", nullable = false)
    protected long debt;

    @Version
    @Column(name = "VERSION_NUM", nullable = false)
    protected Integer version;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_DATE", nullable = false)
    protected Date createdDate;

    /** Submitted orders counted so far (the award's statement adds each; the nightly RFM run repairs it). */
    @Column(name = "ORDER_COUNT", nullable = false)
    protected long orderCount;

    @Column(name = "ORDER_SPEND", nullable = false, precision = 19, scale = 5)
    protected BigDecimal orderSpend = BigDecimal.ZERO;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "FIRST_ORDER_DATE")
    protected Date firstOrderDate;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LAST_ORDER_DATE")
    protected Date lastOrderDate;

    @Column(name = "LAST_ORDER_ID")
    protected Long lastOrderId;

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
    public long getBalance() {
        return balance;
    }

    @Override
    public void setBalance(long balance) {
        this.balance = balance;
    }

    @Override
    public long getDebt() {
        return debt;
    }

    @Override
    public void setDebt(long debt) {
        this.debt = debt;
    }

    @Override
    public Integer getVersion() {
        return version;
    }

    @Override
    public void setVersion(Integer version) {
        this.version = version;
    }

    @Override
    public Date getCreatedDate() {
        return createdDate;
    }

    @Override
    public void setCreatedDate(Date createdDate) {
        this.createdDate = createdDate;
    }

    @Override
    public long getOrderCount() {
        return orderCount;
    }

    @Override
    public void setOrderCount(long orderCount) {
        this.orderCount = orderCount;
    }

    @Override
    public BigDecimal getOrderSpend() {
        return orderSpend;
    }

    @Override
    public void setOrderSpend(BigDecimal orderSpend) {
        this.orderSpend = orderSpend;
    }

    @Override
    public Date getFirstOrderDate() {
        return firstOrderDate;
    }

    @Override
    public void setFirstOrderDate(Date firstOrderDate) {
        this.firstOrderDate = firstOrderDate;
    }

    @Override
    public Date getLastOrderDate() {
        return lastOrderDate;
    }

    @Override
    public void setLastOrderDate(Date lastOrderDate) {
        this.lastOrderDate = lastOrderDate;
    }

    @Override
    public Long getLastOrderId() {
        return lastOrderId;
    }

    @Override
    public void setLastOrderId(Long lastOrderId) {
        this.lastOrderId = lastOrderId;
    }
}
