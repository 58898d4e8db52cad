package com.broadleafloyalty.segment.service;

import com.broadleafloyalty.segment.core.CustomerAggregate;
import com.broadleafloyalty.segment.core.ScoredCustomer;

import java.math.BigDecimal;
import java.util.Date;

/** A customer's RFM figures and scores as pages show them: display names instead of constants. */
public final class CustomerSegmentView {

    private final CustomerAggregate tally;
    private final ScoredCustomer scored;

    /** {@code scored} is null before the first full run has stored cut points. */
    public CustomerSegmentView(CustomerAggregate tally, ScoredCustomer scored) {
        this.tally = tally;
        this.scored = scored;
    }

    /** False until a full run has stored cut points: figures only, no scores. */
    public boolean isScored() {
        return scored != null;
    }

    /** "At risk", or null when not scored yet. */
    public String getSegmentName() {
        return scored == null ? null : scored.getSegment().getDisplayName();
    }

    /** The segment's constant ("AT_RISK": message loyalty.segment.AT_RISK), or null when not scored yet. */
    public String getSegmentCode() {
        return scored == null ? null : scored.getSegment().name();
    }

    /** The lifecycle phase's constant (message loyalty.lifecycle.TRUST), or null when not scored yet. */
    public String getLifecyclePhaseCode() {
        return scored == null ? null : scored.getPhase().name();
    }

    /** "Trust", or null when not scored yet. */
    public String getLifecyclePhaseName() {
        return scored == null ? null : scored.getPhase().getDisplayName();
    }

    public Integer getRecencyScore() {
        return scored == null ? null : scored.getScore().getRecency();
    }

    public Integer getFrequencyScore() {
        return scored == null ? null : scored.getScore().getFrequency();
    }

    public Integer getMonetaryScore() {
        return scored == null ? null : scored.getScore().getMonetary();
    }

    public Long getOrderCount() {
        return tally.getOrderCount();
    }

    public BigDecimal getMonetary() {
        return tally.getMonetary();
    }

    public Date getFirstOrderDate() {
        return new Date(tally.getFirstOrderMillis());
    }

    public Date getLastOrderDate() {
        return new Date(tally.getLastOrderMillis());
    }
}
