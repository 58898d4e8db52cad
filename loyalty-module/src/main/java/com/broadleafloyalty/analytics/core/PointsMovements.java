package com.broadleafloyalty.analytics.core;

import com.broadleafloyalty.ledger.core.PointsEntryType;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The ledger's points of one period, summed by entry type, signed as the ledger stores them. */
public final class PointsMovements {

    private final Map<PointsEntryType, Long> sums;

    public PointsMovements(Map<PointsEntryType, Long> sums) {
        EnumMap<PointsEntryType, Long> copy = new EnumMap<PointsEntryType, Long>(PointsEntryType.class);
        copy.putAll(sums);
        this.sums = Collections.unmodifiableMap(copy);
    }

    public static PointsMovements none() {
        return new PointsMovements(Collections.<PointsEntryType, Long>emptyMap());
    }

    public long sum(PointsEntryType type) {
        Long sum = sums.get(type);
        return sum == null ? 0L : sum;
    }

    /** Earned on orders plus bonuses (sign-up, referral, birthday, anniversary, review). */
    public long issued() {
        return sum(PointsEntryType.EARN) + sum(PointsEntryType.BONUS);
    }

    /** Points spent, less redeemed points given back when their order was cancelled; positive. */
    public long redeemed() {
        return -(sum(PointsEntryType.REDEEM) + sum(PointsEntryType.RESTORE));
    }

    /** Positive. */
    public long expired() {
        return -sum(PointsEntryType.EXPIRE);
    }

    /** Positive. */
    public long clawedBack() {
        return -sum(PointsEntryType.CLAWBACK);
    }

    /** Admin adjustments, net (negative when more was taken than given). */
    public long adjusted() {
        return sum(PointsEntryType.ADJUST);
    }

    /** What the period added to the liability: the sum of all its entries. */
    public long net() {
        long net = 0;
        for (Long sum : sums.values()) {
            net += sum;
        }
        return net;
    }

    public PointsMovements plus(PointsMovements other) {
        EnumMap<PointsEntryType, Long> total = new EnumMap<PointsEntryType, Long>(PointsEntryType.class);
        for (PointsEntryType type : PointsEntryType.values()) {
            long sum = sum(type) + other.sum(type);
            if (sum != 0) {
                total.put(type, sum);
            }
        }
        return new PointsMovements(total);
    }
}
