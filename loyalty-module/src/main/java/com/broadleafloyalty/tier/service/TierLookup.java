package com.broadleafloyalty.tier.service;

/** Which tier a customer is in, for features that target tiers (VIP offers). Implemented by the tiers feature. */
public interface TierLookup {

    /** Name of the customer's current tier, or null when the customer is in no tier. */
    String currentTierName(Long customerId);

    /** True when the customer's current tier is {@code tierName} or ranks above it. False for an unknown tier. */
    boolean atLeast(Long customerId, String tierName);
}
