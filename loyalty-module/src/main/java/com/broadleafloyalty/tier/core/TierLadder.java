package com.broadleafloyalty.tier.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A valid set of tiers, lowest first. A customer qualifies for the highest tier either of whose thresholds is reached. */
public final class TierLadder {

    private static final TierLadder EMPTY = new TierLadder(Collections.<TierDefinition>emptyList());

    private final List<TierDefinition> tiers;

    private TierLadder(List<TierDefinition> ranked) {
        this.tiers = Collections.unmodifiableList(ranked);
    }

    /**
     * Refuses an invalid set-up with every problem in the message (the multiplier's maximum aside: a ladder is built
     * from the stored tiers, see {@link TierSetup#checkStored}).
     */
    public static TierLadder of(List<TierDefinition> tiers) {
        List<TierSetupProblem> problems = TierSetup.checkStored(tiers);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid tier set-up: " + problems);
        }
        List<TierDefinition> ranked = new ArrayList<TierDefinition>(tiers);
        ranked.sort(Comparator.comparingLong(TierDefinition::getPointsThreshold));
        return new TierLadder(ranked);
    }

    public static TierLadder empty() {
        return EMPTY;
    }

    /** Lowest first. */
    public List<TierDefinition> getTiers() {
        return tiers;
    }

    public boolean isEmpty() {
        return tiers.isEmpty();
    }

    /** The highest tier the activity reaches, or null when it reaches none. */
    public TierDefinition qualify(QualifyingActivity activity) {
        TierDefinition reached = null;
        for (TierDefinition tier : tiers) {
            if (tier.isReachedBy(activity)) {
                reached = tier;
            }
        }
        return reached;
    }

    /** 0 for the lowest tier; -1 for no tier or one not on this ladder. */
    public int rankOf(TierDefinition tier) {
        return tier == null ? -1 : rankOf(tier.getName());
    }

    public int rankOf(String name) {
        TierDefinition tier = byName(name);
        return tier == null ? -1 : tiers.indexOf(tier);
    }

    /** Case-insensitive; null when no tier has the name. */
    public TierDefinition byName(String name) {
        if (name == null) {
            return null;
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        for (TierDefinition tier : tiers) {
            if (tier.getName().trim().toLowerCase(Locale.ROOT).equals(key)) {
                return tier;
            }
        }
        return null;
    }

    public TierDefinition byId(Long id) {
        if (id == null) {
            return null;
        }
        for (TierDefinition tier : tiers) {
            if (id.equals(tier.getId())) {
                return tier;
            }
        }
        return null;
    }

    /** The tier above {@code current} (the lowest tier when current is null); null at the top. */
    public TierDefinition next(TierDefinition current) {
        int next = rankOf(current) + 1;
        return next < tiers.size() ? tiers.get(next) : null;
    }

    /** How far the customer is from the tier above their current one. */
    public TierProgress progress(TierDefinition current, QualifyingActivity activity) {
        return TierProgress.towards(current, next(current), activity);
    }
}
