package com.broadleafloyalty.audit.core;

/**
 * What an admin changed. The admin shows each kind by its message key ({@code loyalty.audit.kind.<NAME>}); the name
 * is what the audit table and the CSV export store, so a kind is never renamed, only added.
 */
public enum AuditKind {
    POINTS_ADJUSTED,
    ADJUSTMENT_REQUESTED,
    ADJUSTMENT_APPROVED,
    ADJUSTMENT_REJECTED,
    ORDER_CANCELLED,
    RETURN_RECORDED,
    REWARD_CHANGED,
    TIER_CHANGED,
    VIP_OFFER_CHANGED,
    API_KEY_CREATED,
    API_KEY_REVOKED,
    WEBHOOK_CHANGED,
    CAMPAIGN_SENT,
    CHALLENGE_CHANGED;

    public String getMessageKey() {
        return "loyalty.audit.kind." + name();
    }

    /** The kind with that name, or null for an empty or unknown one. */
    public static AuditKind named(String name) {
        if (name == null) {
            return null;
        }
        for (AuditKind kind : values()) {
            if (kind.name().equals(name.trim())) {
                return kind;
            }
        }
        return null;
    }
}
