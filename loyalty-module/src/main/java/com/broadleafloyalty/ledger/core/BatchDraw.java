package com.broadleafloyalty.ledger.core;

/** Points taken from one batch by a redemption, expiry or clawback. */
public final class BatchDraw {

    private final Long batchId;
    private final long points;

    public BatchDraw(Long batchId, long points) {
        this.batchId = batchId;
        this.points = points;
    }

    public Long getBatchId() {
        return batchId;
    }

    public long getPoints() {
        return points;
    }

    @Override
    public String toString() {
        return batchId + ":" + points;
    }
}
