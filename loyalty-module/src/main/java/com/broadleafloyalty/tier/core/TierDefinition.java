package com.broadleafloyalty.tier.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One tier as an admin defines it: reached by {@code pointsThreshold} qualifying points OR {@code spendThreshold}
 * of qualifying spend within the rolling window; earns {@code multiplier} times the points; lists its perks.
 * Values are taken as given: {@link TierSetup} says what is wrong with a set-up, {@link TierLadder} refuses one.
 */
public final class TierDefinition {

    private final Long id;
    private final String name;
    private final long pointsThreshold;
    private final BigDecimal spendThreshold;
    private final BigDecimal multiplier;
    private final List<String> perks;

    public TierDefinition(Long id, String name, long pointsThreshold, BigDecimal spendThreshold, BigDecimal multiplier,
            List<String> perks) {
        this.id = id;
        this.name = name;
        this.pointsThreshold = pointsThreshold;
        this.spendThreshold = spendThreshold;
        this.multiplier = multiplier;
        this.perks = perks == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<String>(perks));
    }

    public static TierDefinition of(String name, long pointsThreshold, String spendThreshold, String multiplier,
            String... perks) {
        List<String> list = new ArrayList<String>();
        Collections.addAll(list, perks);
        return new TierDefinition(null, name, pointsThreshold, new BigDecimal(spendThreshold),
                new BigDecimal(multiplier), list);
    }

    /** Perks from the admin's text: one per line, blank lines dropped. */
    public static List<String> perksFromText(String text) {
        List<String> perks = new ArrayList<String>();
        if (text != null) {
            for (String line : text.split("\\r?\\n")) {
                if (!line.trim().isEmpty()) {
                    perks.add(line.trim());
                }
            }
        }
        return perks;
    }

    /** Qualifies when either measure reaches its threshold. */
    public boolean isReachedBy(QualifyingActivity activity) {
        return activity.getPoints() >= pointsThreshold || activity.getSpend().compareTo(spendThreshold) >= 0;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getPointsThreshold() {
        return pointsThreshold;
    }

    public BigDecimal getSpendThreshold() {
        return spendThreshold;
    }

    public BigDecimal getMultiplier() {
        return multiplier;
    }

    public List<String> getPerks() {
        return perks;
    }

    @Override
    public String toString() {
        return name + " (" + pointsThreshold + " points or " + spendThreshold.toPlainString() + " spend, x"
                + multiplier.stripTrailingZeros().toPlainString() + ")";
    }
}
