package com.broadleafloyalty.segment.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/**
 * A customer's RFM row: aggregates over their submitted orders, R/F/M scores (1–5), named segment and lifecycle
 * phase (the names of {@link com.broadleafloyalty.core.segment.Segment} and
 * {@link com.broadleafloyalty.core.segment.LifecyclePhase}). Scores, segment and phase are null until a full run has
 * stored cut points. {@code lastOrderId} makes the update after a checkout count each order once.
 */
public interface CustomerSegment extends Serializable {

    Long getId();

    Long getCustomerId();

    void setCustomerId(Long customerId);

    Date getFirstOrderDate();

    void setFirstOrderDate(Date firstOrderDate);

    Date getLastOrderDate();

    void setLastOrderDate(Date lastOrderDate);

    Long getOrderCount();

    void setOrderCount(Long orderCount);

    BigDecimal getMonetary();

    void setMonetary(BigDecimal monetary);

    Integer getRecencyScore();

    void setRecencyScore(Integer recencyScore);

    Integer getFrequencyScore();

    void setFrequencyScore(Integer frequencyScore);

    Integer getMonetaryScore();

    void setMonetaryScore(Integer monetaryScore);

    String getSegment();

    void setSegment(String segment);

    String getLifecyclePhase();

    void setLifecyclePhase(String lifecyclePhase);

    Long getLastOrderId();

    void setLastOrderId(Long lastOrderId);

    Date getComputedAt();

    void setComputedAt(Date computedAt);
}
