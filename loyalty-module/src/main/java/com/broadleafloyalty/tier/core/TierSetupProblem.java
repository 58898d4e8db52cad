package com.broadleafloyalty.tier.core;

import com.broadleafloyalty.support.core.LoyaltyText;

/**
 * Why a tier set-up is refused: the tier it is about, the field (as the tier entity names it) and the message the
 * admin shows next to that field (a {@link LoyaltyText}, for the admin's language).
 */
public final class TierSetupProblem {

    private final String tierName;
    private final String field;
    private final LoyaltyText text;

    public TierSetupProblem(String tierName, String field, String messageKey, Object... arguments) {
        this.tierName = tierName;
        this.field = field;
        this.text = LoyaltyText.of(messageKey, arguments);
    }

    public String getTierName() {
        return tierName;
    }

    public String getField() {
        return field;
    }

    public LoyaltyText getText() {
        return text;
    }

    @Override
    public String toString() {
        return (tierName == null || tierName.trim().isEmpty() ? "(unnamed tier)" : tierName) + "." + field + ": "
                + text;
    }
}
