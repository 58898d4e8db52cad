package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;

/** The entry a posting wrote (or found already written), and any clawback shortfall. */
public final class PostingResult {

    private final PointsLedgerEntry entry;
    private final boolean alreadyRecorded;
    private final long shortfall;

    PostingResult(PointsLedgerEntry entry, boolean alreadyRecorded, long shortfall) {
        this.entry = entry;
        this.alreadyRecorded = alreadyRecorded;
        this.shortfall = shortfall;
    }

    public PointsLedgerEntry getEntry() {
        return entry;
    }

    public boolean isAlreadyRecorded() {
        return alreadyRecorded;
    }

    public long getShortfall() {
        return shortfall;
    }
}
