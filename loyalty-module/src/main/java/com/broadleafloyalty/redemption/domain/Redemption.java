package com.broadleafloyalty.redemption.domain;

import com.broadleafloyalty.redemption.core.RedemptionKind;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/**
 * Something a shopper redeemed in a cart: points paid as a discount, or an item of the reward catalog. Its points are
 * reserved until checkout consumes them, or released. A cart holds at most one POINTS redemption and one REWARD
 * redemption per catalog item; a released one is reused when the shopper redeems the same again.
 */
public interface Redemption extends Serializable {

    Long getId();

    RedemptionKind getKind();

    void setKind(RedemptionKind kind);

    Long getOrderId();

    void setOrderId(Long orderId);

    Long getCustomerId();

    void setCustomerId(Long customerId);

    /** The points the redemption holds (reserved) or took (consumed). */
    long getPoints();

    void setPoints(long points);

    /** POINTS: the money the points take off the order. Null for a REWARD, whose value the catalog item gives. */
    BigDecimal getAmount();

    void setAmount(BigDecimal amount);

    /** REWARD: the catalog item redeemed; null for POINTS. */
    Long getRewardItemId();

    void setRewardItemId(Long rewardItemId);

    /** REWARD of a free product or gift: its zero-priced cart line; null otherwise. */
    Long getOrderItemId();

    void setOrderItemId(Long orderItemId);

    /** Whether its checkout took a unit of the item's stock (so a rollback or a cancellation gives it back once). */
    boolean isStockTaken();

    void setStockTaken(boolean stockTaken);

    RedemptionStatus getStatus();

    void setStatus(RedemptionStatus status);

    Date getCreatedDate();

    void setCreatedDate(Date createdDate);

    Date getUpdatedDate();

    void setUpdatedDate(Date updatedDate);

    /**
     * Released by the shop rather than by the shopper (the abandoned-cart timeout, a failed checkout) and not yet shown
     * to the shopper: the cart tells them their points are back on their balance.
     */
    boolean isReturnUntold();

    void setReturnUntold(boolean returnUntold);
}
