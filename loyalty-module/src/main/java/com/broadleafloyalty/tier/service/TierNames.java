package com.broadleafloyalty.tier.service;

import java.util.Set;

/**
 * The tier names that exist, so an admin cannot save a VIP rule for a tier that does not. {@code TierLookup} cannot
 * list its tiers; the tiers feature (LoyaltyTierServiceImpl) implements this interface, which makes the check exact. Without such a bean
 * the names come from {@code loyalty.vip.tier.names} (comma-separated); with neither, any name is accepted and a
 * warning is logged.
 */
public interface TierNames {

    Set<String> tierNames();
}
