package com.broadleafloyalty.analytics.core;

import com.broadleafloyalty.tier.core.TierLadder;

/**
 * Tier changes of a period, by direction on today's ladder: up (to a higher tier), down (to a lower tier or out of
 * every tier), and joined (from no tier into one, a customer's first tier). A change between tiers that are no longer
 * on the ladder, or between equal ranks, counts as neither up nor down.
 */
public final class TierMoves {

    private long up;
    private long down;
    private long joined;

    /** Counts {@code count} changes from {@code fromTier} to {@code toTier} (null: no tier). */
    public TierMoves add(String fromTier, String toTier, long count, TierLadder ladder) {
        if (fromTier == null) {
            if (toTier != null) {
                joined += count;
            }
            return this;
        }
        int from = ladder.rankOf(fromTier);
        int to = toTier == null ? -1 : ladder.rankOf(toTier);
        if (toTier == null || (from >= 0 && to >= 0 && to < from)) {
            down += count;
        } else if (from >= 0 && to > from) {
            up += count;
        }
        return this;
    }

    public long getUp() {
        return up;
    }

    public long getDown() {
        return down;
    }

    public long getJoined() {
        return joined;
    }
}
