package com.broadleafloyalty.tier.core;

import java.time.Duration;
import java.time.Instant;

/**
 * Upgrades at once, downgrades only after a grace period. At checkout ({@code mayDowngrade} false) a customer can
 * only go up; the nightly job ({@code mayDowngrade} true) starts the grace period when a customer no longer
 * qualifies and downgrades once it is over (to the tier they then qualify for, which may be no tier).
 */
public final class TierEvaluation {

    private final TierLadder ladder;
    private final int graceDays;

    public TierEvaluation(TierLadder ladder, int graceDays) {
        if (graceDays < 0) {
            throw new IllegalArgumentException("The downgrade grace period must be 0 days or more, got " + graceDays);
        }
        this.ladder = ladder;
        this.graceDays = graceDays;
    }

    /**
     * @param current the customer's tier now (null: none, or a tier no longer defined)
     * @param downgradeDue the pending downgrade's due time, null when none is pending
     */
    public TierDecision decide(TierDefinition current, Instant downgradeDue, QualifyingActivity activity, Instant now,
            boolean mayDowngrade) {
        TierDefinition qualified = ladder.qualify(activity);
        int currentRank = ladder.rankOf(current);
        int qualifiedRank = ladder.rankOf(qualified);
        TierDefinition kept = currentRank < 0 ? null : current;
        if (qualifiedRank > currentRank) {
            return new TierDecision(TierDecision.Kind.UPGRADE, qualified, null);
        }
        if (qualifiedRank == currentRank) {
            return downgradeDue == null ? new TierDecision(TierDecision.Kind.STAY, kept, null)
                    : new TierDecision(TierDecision.Kind.CANCEL_GRACE, kept, null);
        }
        if (!mayDowngrade) {
            return new TierDecision(TierDecision.Kind.STAY, kept, downgradeDue);
        }
        if (downgradeDue == null) {
            Instant due = now.plus(Duration.ofDays(graceDays));
            return graceDays == 0 ? new TierDecision(TierDecision.Kind.DOWNGRADE, qualified, null)
                    : new TierDecision(TierDecision.Kind.START_GRACE, kept, due);
        }
        return now.isBefore(downgradeDue) ? new TierDecision(TierDecision.Kind.STAY, kept, downgradeDue)
                : new TierDecision(TierDecision.Kind.DOWNGRADE, qualified, null);
    }

    public TierLadder getLadder() {
        return ladder;
    }

    public int getGraceDays() {
        return graceDays;
    }
}
