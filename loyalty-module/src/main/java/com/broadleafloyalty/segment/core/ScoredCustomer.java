package com.broadleafloyalty.segment.core;

/** A customer's aggregate with its RFM scores, named segment and lifecycle phase. */
public final class ScoredCustomer {

    private final CustomerAggregate aggregate;
    private final RfmScore score;
    private final Segment segment;
    private final LifecyclePhase phase;

    public ScoredCustomer(CustomerAggregate aggregate, RfmScore score, Segment segment, LifecyclePhase phase) {
        this.aggregate = aggregate;
        this.score = score;
        this.segment = segment;
        this.phase = phase;
    }

    public CustomerAggregate getAggregate() {
        return aggregate;
    }

    public RfmScore getScore() {
        return score;
    }

    public Segment getSegment() {
        return segment;
    }

    public LifecyclePhase getPhase() {
        return phase;
    }

    @Override
    public String toString() {
        return aggregate + " -> " + score + ", " + segment.getDisplayName() + ", " + phase.getDisplayName();
    }
}
