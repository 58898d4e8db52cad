package com.broadleafloyalty.redemption.domain;

import com.broadleafloyalty.redemption.core.RedemptionKind;
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

/**
 * Both kinds in one table. The unique key keeps one REWARD row per item and cart in the database; a cart's one
 * POINTS row (its REWARD_ITEM_ID is null, and nulls never collide in a unique key) is kept single by the account lock
 * every reservation takes. The table is new (LOY_REDEMPTION and LOY_REWARD_REDEMPTION held the two kinds before), so a
 * schema update creates it beside the old tables instead of failing to reshape one of them.
 */
@Entity
@Table(name = "LOY_CART_REDEMPTION", uniqueConstraints = @UniqueConstraint(name = "LOY_CART_REDEMPTION_UK",
        columnNames = {"ORDER_ID", "REWARD_ITEM_ID"}))
public class RedemptionImpl implements Redemption {

    private static final long serialVersionUID = 1L;

    // Continues the ids of the former reward redemptions: reward debits in the ledger are keyed by this id
    // (source REWARD), so a new row must never reuse the id of one an existing ledger entry names.
    @Id
    @GeneratedValue(generator = "RedemptionId")
    @GenericGenerator(name = "RedemptionId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                @Parameter(name = "segment_value", value = "RewardRedemptionImpl"),
                @Parameter(name = "entity_name", value = "com.broadleafloyalty.redemption.domain.RedemptionImpl")
            })
    @Column(name = "REDEMPTION_ID")
    protected Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    protected RedemptionKind kind;

    @Column(name = "ORDER_ID", nullable = false)
    protected Long orderId;

    @Index(name = "LOY_CART_RDM_CUSTOMER_IDX", columnNames = {"CUSTOMER_ID"})
    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "POINTS", nullable = false)
    protected long points;

    @Column(name = "AMOUNT", precision = 19, scale = 5)
    protected BigDecimal amount;

    @Column(name = "REWARD_ITEM_ID")
    protected Long rewardItemId;

    @Column(name = "ORDER_ITEM_ID")
    protected Long orderItemId;

    @Column(name = "STOCK_TAKEN", nullable = false)
    protected boolean stockTaken;

    @Enumerated(EnumType.STRING)
    // The release job looks for the few RESERVED rows among the many consumed and released ones.
    @Index(name = "LOY_CART_RDM_STATUS_IDX", columnNames = {"STATUS"})
    @Column(name = "STATUS", nullable = false, length = 20)
    protected RedemptionStatus status;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_DATE", nullable = false)
    protected Date createdDate;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_DATE", nullable = false)
    protected Date updatedDate;

    // Set when the shop, not the shopper, gave the points back (abandoned-cart timeout, failed checkout): the cart
    // says so once. Nullable, so a schema update adds it to existing rows.
    @Column(name = "RETURN_UNTOLD")
    protected Boolean returnUntold;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public RedemptionKind getKind() {
        return kind;
    }

    @Override
    public void setKind(RedemptionKind kind) {
        this.kind = kind;
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
    public Long getRewardItemId() {
        return rewardItemId;
    }

    @Override
    public void setRewardItemId(Long rewardItemId) {
        this.rewardItemId = rewardItemId;
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

    @Override
    public boolean isReturnUntold() {
        return Boolean.TRUE.equals(returnUntold);
    }

    @Override
    public void setReturnUntold(boolean returnUntold) {
        this.returnUntold = returnUntold ? Boolean.TRUE : null;
    }
}
