package com.broadleafloyalty.tier.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/**
 * A customer's tier state (LOY_CUSTOMER_TIER), keyed by the customer id (so one row per customer, across nodes).
 * The window accumulator (points, spend) grows at each checkout and is recomputed exactly by the nightly job.
 */
public interface CustomerTier extends Serializable {

    Long getCustomerId();

    void setCustomerId(Long customerId);

    /** Null: in no tier. */
    Long getTierId();

    void setTierId(Long tierId);

    Date getSince();

    void setSince(Date since);

    /** Set while a downgrade is pending: when the grace period ends. */
    Date getDowngradeDue();

    void setDowngradeDue(Date downgradeDue);

    Date getGraceStarted();

    void setGraceStarted(Date graceStarted);

    long getWindowPoints();

    void setWindowPoints(long windowPoints);

    BigDecimal getWindowSpend();

    void setWindowSpend(BigDecimal windowSpend);

    /** When the accumulator was last recomputed exactly. */
    Date getEvaluatedDate();

    void setEvaluatedDate(Date evaluatedDate);
}
