package com.broadleafloyalty.tier.core;

/**
 * Why a tier set-up is refused: the tier it is about, the field (as the tier entity names it) and the message
 * the admin shows next to that field.
 */
public final class TierSetupProblem {

    private final String tierName;
    private final String field;
    private final String message;

    public TierSetupProblem(String tierName, String field, String message) {
        this.tierName = tierName;
        this.field = field;
        this.message = message;
    }

    public String getTierName() {
        return tierName;
    }

    public String getField() {
        return field;
    }

    public String getMessage() {
        return message;
    }

    @Override
    public String toString() {
        return (tierName == null || tierName.trim().isEmpty() ? "(unnamed tier)" : tierName) + "." + field + ": "
                + message;
    }
}
