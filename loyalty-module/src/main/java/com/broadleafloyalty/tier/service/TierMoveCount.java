package com.broadleafloyalty.tier.service;

/** How many customers changed from one tier to another (null: no tier) in a period. */
public final class TierMoveCount {

    private final String fromTier;
    private final String toTier;
    private final long count;

    public TierMoveCount(String fromTier, String toTier, long count) {
        this.fromTier = fromTier;
        this.toTier = toTier;
        this.count = count;
    }

    public String getFromTier() {
        return fromTier;
    }

    public String getToTier() {
        return toTier;
    }

    public long getCount() {
        return count;
    }
}
