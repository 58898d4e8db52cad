package com.broadleafloyalty.vip;

import com.broadleafloyalty.segment.service.SegmentLookup;
import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.tier.service.TierLookup;
import com.broadleafloyalty.tier.service.TierNames;
import com.broadleafloyalty.vip.service.VipAudience;
import com.broadleafloyalty.vip.service.VipOfferServiceImpl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TEST-ONLY stand-in for the tiers and segments features (built in parallel): tiers Bronze < Silver < Gold and
 * segments held in maps. {@link #install()} puts it into the VIP beans through their setters; {@link #uninstall()}
 * puts back what was there. Once the real features are merged, tests set real tiers and segments instead.
 */
final class MapAudience implements TierLookup, SegmentLookup, TierNames {

    private static final List<String> TIERS = Arrays.asList("Bronze", "Silver", "Gold");

    private final Map<Long, String> tiers = new ConcurrentHashMap<Long, String>();
    private final Map<Long, String> segments = new ConcurrentHashMap<Long, String>();

    private TierLookup previousTiers;
    private SegmentLookup previousSegments;
    private TierNames previousTierNames;

    MapAudience tier(Long customerId, String tier) {
        tiers.put(customerId, tier);
        return this;
    }

    MapAudience segment(Long customerId, String segment) {
        segments.put(customerId, segment);
        return this;
    }

    MapAudience install() {
        VipAudience audience = LoyaltyTestContext.bean("blLoyaltyVipAudience", VipAudience.class);
        VipOfferServiceImpl service = LoyaltyTestContext.target("blLoyaltyVipOfferService", VipOfferServiceImpl.class);
        previousTiers = audience.getTierLookup();
        previousSegments = audience.getSegmentLookup();
        previousTierNames = service.getTierNames();
        audience.setTierLookup(this);
        audience.setSegmentLookup(this);
        service.setTierNames(this);
        return this;
    }

    void uninstall() {
        LoyaltyTestContext.bean("blLoyaltyVipAudience", VipAudience.class).setTierLookup(previousTiers);
        LoyaltyTestContext.bean("blLoyaltyVipAudience", VipAudience.class).setSegmentLookup(previousSegments);
        LoyaltyTestContext.target("blLoyaltyVipOfferService", VipOfferServiceImpl.class).setTierNames(previousTierNames);
    }

    @Override
    public String currentTierName(Long customerId) {
        return tiers.get(customerId);
    }

    @Override
    public boolean atLeast(Long customerId, String tierName) {
        String tier = tiers.get(customerId);
        return tier != null && TIERS.contains(tierName) && TIERS.indexOf(tier) >= TIERS.indexOf(tierName);
    }

    @Override
    public String segmentOf(Long customerId) {
        return segments.get(customerId);
    }

    @Override
    public List<Long> customersIn(String segmentName) {
        List<Long> ids = new ArrayList<Long>();
        for (Map.Entry<Long, String> entry : segments.entrySet()) {
            if (entry.getValue().equals(segmentName)) {
                ids.add(entry.getKey());
            }
        }
        return ids;
    }

    @Override
    public Set<String> tierNames() {
        return new LinkedHashSet<String>(TIERS);
    }
}
