package com.broadleafloyalty.vip.service;

import com.broadleafloyalty.segment.service.SegmentLookup;
import com.broadleafloyalty.tier.service.TierLookup;
import com.broadleafloyalty.vip.core.VipRestriction;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Answers "which tier, which segment" for VIP rules, from the tier and segment features when they are installed.
 * Without one of them nobody meets a restriction of that kind (a VIP offer is never opened up by a missing
 * feature); that is logged once. The setters are the seam tests use to put their own lookups in.
 */
public class VipAudience {

    private static final Log LOG = LogFactory.getLog(VipAudience.class);

    @Autowired(required = false)
    protected TierLookup tierLookup;

    @Autowired(required = false)
    protected SegmentLookup segmentLookup;

    private final AtomicBoolean tiersMissingLogged = new AtomicBoolean();
    private final AtomicBoolean segmentsMissingLogged = new AtomicBoolean();

    /** The customer as a VIP rule sees it; a null customer (a guest) meets no restriction. */
    public VipRestriction.Audience of(final Long customerId) {
        return new VipRestriction.Audience() {
            @Override
            public boolean tierAtLeast(String tierName) {
                if (customerId == null) {
                    return false;
                }
                TierLookup tiers = tierLookup;
                if (tiers == null) {
                    logMissing(tiersMissingLogged, "TierLookup (tiers feature)", "minimum tier");
                    return false;
                }
                return tiers.atLeast(customerId, tierName);
            }

            @Override
            public String segment() {
                if (customerId == null) {
                    return null;
                }
                SegmentLookup segments = segmentLookup;
                if (segments == null) {
                    logMissing(segmentsMissingLogged, "SegmentLookup (segments feature)", "segment");
                    return null;
                }
                return segments.segmentOf(customerId);
            }
        };
    }

    /** Customers currently in the segment; empty when the segment feature is absent. */
    public List<Long> customersIn(String segmentName) {
        SegmentLookup segments = segmentLookup;
        if (segments == null) {
            logMissing(segmentsMissingLogged, "SegmentLookup (segments feature)", "segment");
            return Collections.emptyList();
        }
        List<Long> ids = segments.customersIn(segmentName);
        return ids == null ? Collections.<Long>emptyList() : ids;
    }

    public boolean hasTiers() {
        return tierLookup != null;
    }

    public boolean hasSegments() {
        return segmentLookup != null;
    }

    private static void logMissing(AtomicBoolean logged, String what, String kind) {
        if (logged.compareAndSet(false, true)) {
            LOG.warn("No " + what + " bean is installed: no customer is eligible for VIP offers restricted by " + kind);
        }
    }

    public TierLookup getTierLookup() {
        return tierLookup;
    }

    public void setTierLookup(TierLookup tierLookup) {
        this.tierLookup = tierLookup;
    }

    public SegmentLookup getSegmentLookup() {
        return segmentLookup;
    }

    public void setSegmentLookup(SegmentLookup segmentLookup) {
        this.segmentLookup = segmentLookup;
    }
}
