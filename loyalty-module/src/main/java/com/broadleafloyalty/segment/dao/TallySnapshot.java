package com.broadleafloyalty.segment.dao;

import com.broadleafloyalty.segment.core.CustomerAggregate;
import com.broadleafloyalty.segment.core.RfmCutPoints;

/** What one read gives: the customer's order tally (null without orders) and the stored cut points (null before a run). */
public final class TallySnapshot {

    private final CustomerAggregate tally;
    private final RfmCutPoints cutPoints;

    public TallySnapshot(CustomerAggregate tally, RfmCutPoints cutPoints) {
        this.tally = tally;
        this.cutPoints = cutPoints;
    }

    public CustomerAggregate getTally() {
        return tally;
    }

    public RfmCutPoints getCutPoints() {
        return cutPoints;
    }
}
