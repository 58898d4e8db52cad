package com.broadleafloyalty.redemption.domain;


import java.io.Serializable;
import java.util.Date;

/**
 * A reward catalog item a shopper redeemed in a cart: its points are reserved until checkout consumes them (and
 * takes one unit of the item's stock), or released. A free product's zero-priced cart line is {@code orderItemId};
 * {@code stockTaken} says whether this redemption's checkout took a unit of stock (so a rollback gives it back once).
 */
public interface RewardRedemption extends Serializable {

    Long getId();

    Long getOrderId();

    void setOrderId(Long orderId);

    Long getCustomerId();

    void setCustomerId(Long customerId);

    Long getRewardItemId();

    void setRewardItemId(Long rewardItemId);

    long getPoints();

    void setPoints(long points);

    Long getOrderItemId();

    void setOrderItemId(Long orderItemId);

    boolean isStockTaken();

    void setStockTaken(boolean stockTaken);

    RedemptionStatus getStatus();

    void setStatus(RedemptionStatus status);

    Date getCreatedDate();

    void setCreatedDate(Date createdDate);

    Date getUpdatedDate();

    void setUpdatedDate(Date updatedDate);
}
