package com.broadleafloyalty.vip.core;

/**
 * Who may use a VIP offer: customers whose tier is {@code minTier} or above, and/or customers in {@code segment}.
 * With both set, either one admits the customer (a rule reads "Gold and above, or Champions"). A rule with
 * neither would restrict nobody, so it is refused rather than silently making the offer public.
 */
public final class VipRestriction {

    /** What the rule needs to know about one customer; the adapters answer it from the tier and segment features. */
    public interface Audience {

        /** True when the customer's tier is {@code tierName} or ranks above it. */
        boolean tierAtLeast(String tierName);

        /** The customer's current segment, or null. */
        String segment();
    }

    private final String minTier;
    private final String segment;

    private VipRestriction(String minTier, String segment) {
        this.minTier = minTier;
        this.segment = segment;
    }

    /** Blank values count as absent; at least one of the two is required. */
    public static VipRestriction of(String minTier, String segment) {
        String tier = clean(minTier);
        String seg = clean(segment);
        if (tier == null && seg == null) {
            throw new VipRuleRefusedException("loyalty.vip.rule.empty");
        }
        return new VipRestriction(tier, seg);
    }

    public boolean admits(Audience audience) {
        if (audience == null) {
            return false;
        }
        if (minTier != null && audience.tierAtLeast(minTier)) {
            return true;
        }
        return segment != null && segment.equals(audience.segment());
    }

    public String getMinTier() {
        return minTier;
    }

    public String getSegment() {
        return segment;
    }

    /** "tier Gold or above", "segment Champions", or both joined by "or". */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (minTier != null) {
            text.append("tier ").append(minTier).append(" or above");
        }
        if (segment != null) {
            text.append(text.length() > 0 ? ", or " : "").append("segment ").append(segment);
        }
        return text.toString();
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
