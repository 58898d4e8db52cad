package com.broadleafloyalty.segment.core;

/**
 * Where a customer is in the relationship (the lifecycle: first expectations, disappointment, trust,
 * identification with the brand). {@link LifecycleRule} decides the phase.
 */
public enum LifecyclePhase {

    /** One order, placed within the return window: the first expectations are being formed. */
    FIRST_PURCHASE("First purchase"),
    /** One order and no second one within the return window: at risk of disappointment. */
    AT_RISK_OF_DISAPPOINTMENT("At risk of disappointment"),
    /** Came back: a repeat buyer. */
    TRUST("Trust"),
    /** Identifies with the brand: top frequency and monetary scores (5 and 5), or referred someone. */
    ADVOCATE("Advocate");

    private final String displayName;

    LifecyclePhase(String displayName) {
        this.displayName = displayName;
    }

    public String getDisplayName() {
        return displayName;
    }
}
