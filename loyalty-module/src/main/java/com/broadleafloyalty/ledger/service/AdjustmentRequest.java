package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.ledger.domain.PendingAdjustment;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;

/** What an admin's adjustment request became: posted at once, or held for a second admin's approval. */
public final class AdjustmentRequest {

    private final PointsLedgerEntry posted;
    private final PendingAdjustment pending;

    private AdjustmentRequest(PointsLedgerEntry posted, PendingAdjustment pending) {
        this.posted = posted;
        this.pending = pending;
    }

    static AdjustmentRequest posted(PointsLedgerEntry entry) {
        return new AdjustmentRequest(entry, null);
    }

    static AdjustmentRequest pending(PendingAdjustment pending) {
        return new AdjustmentRequest(null, pending);
    }

    public boolean isPending() {
        return pending != null;
    }

    /** The ADJUST entry; null when pending. */
    public PointsLedgerEntry getPosted() {
        return posted;
    }

    /** The held request; null when posted. */
    public PendingAdjustment getPendingAdjustment() {
        return pending;
    }

    /** The signed points asked for. */
    public long getPoints() {
        return pending != null ? pending.getPoints() : posted.getPoints();
    }
}
