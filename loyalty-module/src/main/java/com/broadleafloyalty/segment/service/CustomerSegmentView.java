package com.broadleafloyalty.segment.service;

import com.broadleafloyalty.core.segment.LifecyclePhase;
import com.broadleafloyalty.core.segment.Segment;
import com.broadleafloyalty.segment.domain.CustomerSegment;

import java.math.BigDecimal;
import java.util.Date;

/** A customer's RFM row as pages show it: display names instead of stored constants. */
public final class CustomerSegmentView {

    private final CustomerSegment row;

    public CustomerSegmentView(CustomerSegment row) {
        this.row = row;
    }

    /** False until a full run has stored cut points: aggregates only, no scores. */
    public boolean isScored() {
        return row.getSegment() != null;
    }

    /** "At risk", or null when not scored yet. */
    public String getSegmentName() {
        return row.getSegment() == null ? null : Segment.valueOf(row.getSegment()).getDisplayName();
    }

    /** "Trust", or null when not scored yet. */
    public String getLifecyclePhaseName() {
        return row.getLifecyclePhase() == null ? null
                : LifecyclePhase.valueOf(row.getLifecyclePhase()).getDisplayName();
    }

    public Integer getRecencyScore() {
        return row.getRecencyScore();
    }

    public Integer getFrequencyScore() {
        return row.getFrequencyScore();
    }

    public Integer getMonetaryScore() {
        return row.getMonetaryScore();
    }

    public Long getOrderCount() {
        return row.getOrderCount();
    }

    public BigDecimal getMonetary() {
        return row.getMonetary();
    }

    public Date getFirstOrderDate() {
        return row.getFirstOrderDate();
    }

    public Date getLastOrderDate() {
        return row.getLastOrderDate();
    }

    public Date getComputedAt() {
        return row.getComputedAt();
    }
}
