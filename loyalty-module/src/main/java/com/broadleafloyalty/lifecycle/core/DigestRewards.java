package com.broadleafloyalty.lifecycle.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which rewards the monthly digest shows: those the customer's available points buy now (in stock), the dearest
 * first, at most {@code max} of them; and, when the points buy none, the cheapest one in stock as the next goal with
 * the points still missing.
 */
public final class DigestRewards {

    private static final Comparator<RewardChoice> DEAREST_FIRST = Comparator
            .comparingLong(RewardChoice::getPointsCost).reversed()
            .thenComparing(RewardChoice::getName, Comparator.nullsLast(Comparator.naturalOrder()));

    private final List<RewardChoice> affordable;
    private final RewardChoice nextGoal;
    private final long pointsToNextGoal;

    private DigestRewards(List<RewardChoice> affordable, RewardChoice nextGoal, long pointsToNextGoal) {
        this.affordable = affordable;
        this.nextGoal = nextGoal;
        this.pointsToNextGoal = pointsToNextGoal;
    }

    public static DigestRewards choose(long availablePoints, List<RewardChoice> catalog, int max) {
        List<RewardChoice> affordable = new ArrayList<RewardChoice>();
        RewardChoice cheapestOutOfReach = null;
        for (RewardChoice reward : catalog) {
            if (!reward.isInStock() || reward.getPointsCost() <= 0) {
                continue;
            }
            if (reward.getPointsCost() <= availablePoints) {
                affordable.add(reward);
            } else if (cheapestOutOfReach == null || reward.getPointsCost() < cheapestOutOfReach.getPointsCost()) {
                cheapestOutOfReach = reward;
            }
        }
        affordable.sort(DEAREST_FIRST);
        List<RewardChoice> shown = new ArrayList<RewardChoice>(affordable.subList(0, Math.min(max, affordable.size())));
        if (!shown.isEmpty() || cheapestOutOfReach == null) {
            return new DigestRewards(shown, null, 0);
        }
        return new DigestRewards(shown, cheapestOutOfReach,
                cheapestOutOfReach.getPointsCost() - Math.max(0, availablePoints));
    }

    public List<RewardChoice> getAffordable() {
        return affordable;
    }

    /** The cheapest reward in stock, when the points buy none; else null. */
    public RewardChoice getNextGoal() {
        return nextGoal;
    }

    public long getPointsToNextGoal() {
        return pointsToNextGoal;
    }
}
