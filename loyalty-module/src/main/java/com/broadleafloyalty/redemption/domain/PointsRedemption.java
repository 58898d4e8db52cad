package com.broadleafloyalty.redemption.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/** Points a shopper applied to a cart: reserved until checkout consumes them, or released. */
public interface PointsRedemption extends Serializable {

    Long getId();

    Long getOrderId();

    void setOrderId(Long orderId);

    Long getCustomerId();

    void setCustomerId(Long customerId);

    long getPoints();

    void setPoints(long points);

    BigDecimal getAmount();

    void setAmount(BigDecimal amount);

    RedemptionStatus getStatus();

    void setStatus(RedemptionStatus status);

    Date getCreatedDate();

    void setCreatedDate(Date createdDate);

    Date getUpdatedDate();

    void setUpdatedDate(Date updatedDate);
}
