package com.broadleafloyalty.segment.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * RFM over all customers (a full run: cut points from everyone, then everyone scored against them) or over one
 * customer against stored cut points (the incremental update after an order).
 */
public final class RfmScoring {

    private final LifecycleRule lifecycle;

    public RfmScoring(LifecycleRule lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** Scores every customer; {@code today} is an epoch day (UTC). No customers: no cut points, nobody scored. */
    public Run scoreAll(Collection<CustomerAggregate> customers, long today) {
        if (customers.isEmpty()) {
            return new Run(null, Collections.<ScoredCustomer>emptyList());
        }
        RfmCutPoints cutPoints = RfmCutPoints.of(customers);
        List<ScoredCustomer> scored = new ArrayList<ScoredCustomer>(customers.size());
        for (CustomerAggregate customer : customers) {
            scored.add(scoreOne(customer, cutPoints, today, false));
        }
        return new Run(cutPoints, scored);
    }

    /** One customer against stored cut points (e.g. after their order completed). */
    public ScoredCustomer scoreOne(CustomerAggregate customer, RfmCutPoints cutPoints, long today,
            boolean referredSomeone) {
        RfmScore score = cutPoints.score(customer);
        return new ScoredCustomer(customer, score, Segment.of(score),
                lifecycle.phaseOf(customer, score, today, referredSomeone));
    }

    /** The result of a full run. */
    public static final class Run {

        private final RfmCutPoints cutPoints;
        private final List<ScoredCustomer> customers;

        Run(RfmCutPoints cutPoints, List<ScoredCustomer> customers) {
            this.cutPoints = cutPoints;
            this.customers = Collections.unmodifiableList(customers);
        }

        /** Null when there was nobody to score. */
        public RfmCutPoints getCutPoints() {
            return cutPoints;
        }

        public List<ScoredCustomer> getCustomers() {
            return customers;
        }
    }
}
