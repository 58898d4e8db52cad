package com.broadleafloyalty.tier.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules a set of tiers must follow. Tiers rank by their points threshold; the spend thresholds must rise in
 * the same order, so a higher tier is harder to reach by both measures (otherwise "highest tier reached" would
 * depend on which measure is looked at first). Names are unique ignoring case and not blank; multipliers from 0 to
 * {@link #MAX_MULTIPLIER}; thresholds >= 0.
 */
public final class TierSetup {

    public static final int MAX_NAME_LENGTH = 100;

    /**
     * The highest earning multiplier an admin may enter (x10): well above any real programme, and far from where a
     * large order's points could leave the range of a {@code long}.
     */
    public static final BigDecimal MAX_MULTIPLIER = BigDecimal.TEN;

    private TierSetup() {
    }

    /** Every problem of the set-up, in tier order; empty when it is valid. */
    public static List<TierSetupProblem> check(List<TierDefinition> tiers) {
        return check(tiers, true);
    }

    /**
     * The problems of a set-up read back from the database: the same rules except the multiplier's maximum, which
     * applies where a multiplier is entered, so a tier saved above it by an older version keeps working until an
     * admin changes it (the award's arithmetic refuses an overflow on its own).
     */
    public static List<TierSetupProblem> checkStored(List<TierDefinition> tiers) {
        return check(tiers, false);
    }

    private static List<TierSetupProblem> check(List<TierDefinition> tiers, boolean bounded) {
        List<TierSetupProblem> problems = new ArrayList<TierSetupProblem>();
        Map<String, String> seen = new HashMap<String, String>();
        for (TierDefinition tier : tiers) {
            String name = tier.getName();
            if (name == null || name.trim().isEmpty()) {
                problems.add(new TierSetupProblem(name, "name", "loyalty.tier.setup.nameMissing"));
            } else if (name.trim().length() > MAX_NAME_LENGTH) {
                problems.add(new TierSetupProblem(name, "name", "loyalty.tier.setup.nameTooLong", MAX_NAME_LENGTH));
            } else {
                String key = name.trim().toLowerCase(Locale.ROOT);
                if (seen.containsKey(key)) {
                    problems.add(new TierSetupProblem(name, "name", "loyalty.tier.setup.nameTaken", seen.get(key)));
                } else {
                    seen.put(key, name.trim());
                }
            }
            if (tier.getMultiplier() == null) {
                problems.add(new TierSetupProblem(name, "multiplier", "loyalty.tier.setup.multiplierMissing"));
            } else if (tier.getMultiplier().signum() < 0) {
                problems.add(new TierSetupProblem(name, "multiplier", "loyalty.tier.setup.multiplierNegative",
                        tier.getMultiplier().stripTrailingZeros()));
            } else if (bounded && tier.getMultiplier().compareTo(MAX_MULTIPLIER) > 0) {
                problems.add(new TierSetupProblem(name, "multiplier", "loyalty.tier.setup.multiplierTooHigh",
                        MAX_MULTIPLIER, shown(tier.getMultiplier())));
            }
            if (tier.getPointsThreshold() < 0) {
                problems.add(new TierSetupProblem(name, "pointsThreshold", "loyalty.tier.setup.pointsNegative",
                        tier.getPointsThreshold()));
            }
            if (tier.getSpendThreshold() == null) {
                problems.add(new TierSetupProblem(name, "spendThreshold", "loyalty.tier.setup.spendMissing"));
            } else if (tier.getSpendThreshold().signum() < 0) {
                problems.add(new TierSetupProblem(name, "spendThreshold", "loyalty.tier.setup.spendNegative",
                        tier.getSpendThreshold().stripTrailingZeros()));
            }
        }
        problems.addAll(orderProblems(tiers));
        return problems;
    }

    /**
     * The problems of one tier an admin adds or edits, checked against the other tiers as they are saved: each
     * problem is about the candidate's own fields (so the admin can show it next to the field). Empty when valid.
     */
    public static List<TierSetupProblem> checkCandidate(List<TierDefinition> others, TierDefinition candidate) {
        List<TierDefinition> all = new ArrayList<TierDefinition>(others);
        all.add(candidate);
        List<TierSetupProblem> problems = new ArrayList<TierSetupProblem>();
        for (TierSetupProblem problem : check(all)) {
            if (problem.getField().equals("name") && isAbout(problem, candidate)) {
                problems.add(problem);
            }
        }
        for (TierSetupProblem problem : check(Collections.singletonList(candidate))) {
            if (!problem.getField().equals("name")) {
                problems.add(problem);
            }
        }
        if (candidate.getSpendThreshold() == null || candidate.getPointsThreshold() < 0) {
            return problems;
        }
        for (TierDefinition other : others) {
            if (other.getSpendThreshold() == null) {
                continue;
            }
            if (other.getPointsThreshold() == candidate.getPointsThreshold()) {
                problems.add(new TierSetupProblem(candidate.getName(), "pointsThreshold",
                        "loyalty.tier.setup.pointsTaken", candidate.getPointsThreshold(), other.getName()));
            } else if (other.getPointsThreshold() < candidate.getPointsThreshold()
                    && other.getSpendThreshold().compareTo(candidate.getSpendThreshold()) >= 0) {
                problems.add(new TierSetupProblem(candidate.getName(), "spendThreshold",
                        "loyalty.tier.setup.spendNotAbove", other.getSpendThreshold().stripTrailingZeros(),
                        other.getName(), other.getPointsThreshold()));
            } else if (other.getPointsThreshold() > candidate.getPointsThreshold()
                    && other.getSpendThreshold().compareTo(candidate.getSpendThreshold()) <= 0) {
                problems.add(new TierSetupProblem(candidate.getName(), "spendThreshold",
                        "loyalty.tier.setup.spendNotBelow", other.getSpendThreshold().stripTrailingZeros(),
                        other.getName(), other.getPointsThreshold()));
            }
        }
        return problems;
    }

    /** A number as typed back to the admin: plain digits, or scientific when plain would be absurdly long. */
    static String shown(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        boolean plainIsShort = stripped.precision() - stripped.scale() <= 30 && stripped.scale() <= 30;
        return plainIsShort ? stripped.toPlainString() : stripped.toString();
    }

    private static boolean isAbout(TierSetupProblem problem, TierDefinition candidate) {
        return problem.getTierName() == null ? candidate.getName() == null
                : problem.getTierName().equals(candidate.getName());
    }

    private static List<TierSetupProblem> orderProblems(List<TierDefinition> tiers) {
        List<TierSetupProblem> problems = new ArrayList<TierSetupProblem>();
        List<TierDefinition> ranked = new ArrayList<TierDefinition>(tiers);
        ranked.sort(Comparator.comparingLong(TierDefinition::getPointsThreshold));
        for (int i = 1; i < ranked.size(); i++) {
            TierDefinition lower = ranked.get(i - 1);
            TierDefinition higher = ranked.get(i);
            if (higher.getPointsThreshold() == lower.getPointsThreshold()) {
                problems.add(new TierSetupProblem(higher.getName(), "pointsThreshold",
                        "loyalty.tier.setup.pointsTaken", higher.getPointsThreshold(), lower.getName()));
                continue;
            }
            BigDecimal lowerSpend = lower.getSpendThreshold();
            BigDecimal higherSpend = higher.getSpendThreshold();
            if (lowerSpend != null && higherSpend != null && higherSpend.compareTo(lowerSpend) <= 0) {
                problems.add(new TierSetupProblem(higher.getName(), "spendThreshold",
                        "loyalty.tier.setup.spendNotAbove", lowerSpend.stripTrailingZeros(), lower.getName(),
                        lower.getPointsThreshold()));
            }
        }
        return problems;
    }
}
