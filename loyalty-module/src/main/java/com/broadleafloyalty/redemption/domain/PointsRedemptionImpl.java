package com.broadleafloyalty.redemption.domain;

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
@Table(name = "LOY_REDEMPTION", uniqueConstraints = @UniqueConstraint(name = "LOY_REDEMPTION_ORDER_UK", columnNames = {"ORDER_ID"}))
public class PointsRedemptionImpl implements PointsRedemption {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "PointsRedemptionId")
    @GenericGenerator(name = "PointsRedemptionId", strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "PointsRedemptionImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.redemption.domain.PointsRedemptionImpl")
            })
    @Column(name = "REDEMPTION_ID")
    protected Long id;

    @Column(name = "ORDER_ID", nullable = false)
    protected Long orderId;

    @Index(name = "LOY_REDEMPTION_CUSTOMER_IDX", columnNames = {"CUSTOMER_ID"})
    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "POINTS", nullable = false)
    protected long points;

    @Column(name = "AMOUNT", nullable = false, precision = 19, scale = 5)
    protected BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    protected RedemptionStatus status;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_DATE", nullable = false)
    protected Date createdDate;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_DATE", nullable = false)
    protected Date updatedDate;

    @Override
    public Long getId() {
        return id;
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
    public BigDecimal getAmount() {
        return amount;
    }

    @Override
    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    @Override
    public RedemptionStatus getStatus() {
        return status;
    }

    @Override
    public void setStatus(RedemptionStatus status) {
        this.status = status;
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
    public Date getUpdatedDate() {
        return updatedDate;
    }

    @Override
    public void setUpdatedDate(Date updatedDate) {
        this.updatedDate = updatedDate;
    }
}
