package com.broadleafloyalty.analytics.core;

/** How the order value and frequency are split (as LoyaltyLion compares them). */
public enum CustomerGroup {
    /** Registered customers who redeemed points at least once before the period's end. */
    REDEEMING_MEMBERS("redeeming_members"),
    /** Registered customers who never redeemed. */
    OTHER_MEMBERS("other_members"),
    /** Orders without an account; each guest order counts as its own customer. */
    GUESTS("guests");

    private final String key;

    CustomerGroup(String key) {
        this.key = key;
    }

    /** The key in the KPI file. */
    public String getKey() {
        return key;
    }
}
