package com.broadleafloyalty.returns.service;

/** What a cancellation or return did to the ledger. */
public final class ReturnOutcome {

    private final long pointsClawedBack;
    private final long pointsRestored;
    private final long shortfall;
    private final boolean alreadyRecorded;

    public ReturnOutcome(long pointsClawedBack, long pointsRestored, long shortfall, boolean alreadyRecorded) {
        this.pointsClawedBack = pointsClawedBack;
        this.pointsRestored = pointsRestored;
        this.shortfall = shortfall;
        this.alreadyRecorded = alreadyRecorded;
    }

    /** Points taken back from the customer (positive number). */
    public long getPointsClawedBack() {
        return pointsClawedBack;
    }

    /** Redeemed points given back to the customer. */
    public long getPointsRestored() {
        return pointsRestored;
    }

    /** Clawback that could not be taken because the points were already spent and the policy caps at zero. */
    public long getShortfall() {
        return shortfall;
    }

    /** True when this cancellation or return had been recorded before and nothing changed now. */
    public boolean isAlreadyRecorded() {
        return alreadyRecorded;
    }
}
