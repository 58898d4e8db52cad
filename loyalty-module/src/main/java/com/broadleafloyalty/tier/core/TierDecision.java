package com.broadleafloyalty.tier.core;

import java.time.Instant;

/** What an evaluation decides for one customer. */
public final class TierDecision {

    /** The kinds of decision; only UPGRADE and DOWNGRADE change the tier (and write a history entry). */
    public enum Kind {
        /** Nothing changes. */
        STAY,
        /** A higher tier at once. */
        UPGRADE,
        /** No longer qualifies for the current tier: the grace period starts; the tier stays. */
        START_GRACE,
        /** Qualifies again during the grace period: the pending downgrade is dropped. */
        CANCEL_GRACE,
        /** The grace period is over and the customer still does not qualify. */
        DOWNGRADE
    }

    private final Kind kind;
    private final TierDefinition tier;
    private final Instant downgradeDue;

    TierDecision(Kind kind, TierDefinition tier, Instant downgradeDue) {
        this.kind = kind;
        this.tier = tier;
        this.downgradeDue = downgradeDue;
    }

    public Kind getKind() {
        return kind;
    }

    /** The tier after the decision (null: no tier). */
    public TierDefinition getTier() {
        return tier;
    }

    /** When the pending downgrade happens if the customer does not qualify again; null when none is pending. */
    public Instant getDowngradeDue() {
        return downgradeDue;
    }

    public boolean changesTier() {
        return kind == Kind.UPGRADE || kind == Kind.DOWNGRADE;
    }
}
