package com.broadleafloyalty.segment.dao;

import com.broadleafloyalty.core.segment.CustomerAggregate;
import com.broadleafloyalty.core.segment.RfmCutPoints;

/** What the update after a checkout reads in its one SELECT: the stored cut points and the customer's aggregate. */
public final class CheckoutSnapshot {

    private final RfmCutPoints cutPoints;
    private final CustomerAggregate aggregate;
    private final Long lastOrderId;

    public CheckoutSnapshot(RfmCutPoints cutPoints, CustomerAggregate aggregate, Long lastOrderId) {
        this.cutPoints = cutPoints;
        this.aggregate = aggregate;
        this.lastOrderId = lastOrderId;
    }

    /** Null before the first full run. */
    public RfmCutPoints getCutPoints() {
        return cutPoints;
    }

    /** Null when the customer has no row yet. */
    public CustomerAggregate getAggregate() {
        return aggregate;
    }

    public Long getLastOrderId() {
        return lastOrderId;
    }
}
