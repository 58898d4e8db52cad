package com.broadleafloyalty.feedback.domain;

import java.io.Serializable;
import java.util.Date;

/** A shopper's post-purchase answer for one order: NPS 0-10, CSAT 1-5, an optional comment. One per order. */
public interface OrderFeedback extends Serializable {

    Long getId();

    Long getOrderId();

    void setOrderId(Long orderId);

    String getOrderNumber();

    void setOrderNumber(String orderNumber);

    Long getCustomerId();

    void setCustomerId(Long customerId);

    int getNps();

    void setNps(int nps);

    int getCsat();

    void setCsat(int csat);

    String getComment();

    void setComment(String comment);

    /** BONUS points credited for the review (0 when none). */
    long getReviewPointsAwarded();

    void setReviewPointsAwarded(long reviewPointsAwarded);

    Date getCreatedDate();

    void setCreatedDate(Date createdDate);
}
