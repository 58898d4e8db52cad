package com.broadleafloyalty.redemption.domain;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

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
@Table(name = "LOY_REWARD_REDEMPTION", uniqueConstraints = @UniqueConstraint(name = "LOY_REWARD_REDEMPTION_UK", columnNames = {"ORDER_ID", "REWARD_ITEM_ID"}))
public class RewardRedemptionImpl implements RewardRedemption {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "RewardRedemptionId")
    @GenericGenerator(name = "RewardRedemptionId", strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "RewardRedemptionImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.redemption.domain.RewardRedemptionImpl")
            })
    @Column(name = "REWARD_REDEMPTION_ID")
    protected Long id;

    @Column(name = "ORDER_ID", nullable = false)
    protected Long orderId;

    @Index(name = "LOY_REWARD_RDM_CUSTOMER_IDX", columnNames = {"CUSTOMER_ID"})
    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "REWARD_ITEM_ID", nullable = false)
    protected Long rewardItemId;

    @Column(name = "POINTS", nullable = false)
    protected long points;

    @Column(name = "ORDER_ITEM_ID")
    protected Long orderItemId;

    @Column(name = "STOCK_TAKEN", nullable = false)
    protected boolean stockTaken;

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
    public Long getRewardItemId() {
        return rewardItemId;
    }

    @Override
    public void setRewardItemId(Long rewardItemId) {
        this.rewardItemId = rewardItemId;
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
    public Long getOrderItemId() {
        return orderItemId;
    }

    @Override
    public void setOrderItemId(Long orderItemId) {
        this.orderItemId = orderItemId;
    }

    @Override
    public boolean isStockTaken() {
        return stockTaken;
    }

    @Override
    public void setStockTaken(boolean stockTaken) {
        this.stockTaken = stockTaken;
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
