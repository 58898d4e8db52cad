package com.broadleafloyalty.campaign.core;

import com.broadleafloyalty.support.core.LoyaltyText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Who a campaign reaches: the AND of the chosen conditions (tier at least X, an RFM segment, a lifecycle phase,
 * newsletter subscribers, last order before and/or after a date). A condition left empty does not restrict. At least
 * one condition is needed: a campaign to every customer is refused, so a forgotten field never mails the whole shop.
 */
public final class AudienceCriteria {

    private final String minTierName;
    private final String segmentName;
    private final String phaseName;
    private final boolean newsletterOnly;
    private final LocalDate lastOrderBefore;
    private final LocalDate lastOrderAfter;

    public AudienceCriteria(String minTierName, String segmentName, String phaseName, boolean newsletterOnly,
            LocalDate lastOrderBefore, LocalDate lastOrderAfter) {
        this.minTierName = blankToNull(minTierName);
        this.segmentName = blankToNull(segmentName);
        this.phaseName = blankToNull(phaseName);
        this.newsletterOnly = newsletterOnly;
        this.lastOrderBefore = lastOrderBefore;
        this.lastOrderAfter = lastOrderAfter;
    }

    /** The conditions this audience uses, in the order the admin shows them. */
    public List<AudienceCondition> conditions() {
        List<AudienceCondition> conditions = new ArrayList<AudienceCondition>();
        if (minTierName != null) {
            conditions.add(AudienceCondition.TIER_AT_LEAST);
        }
        if (segmentName != null) {
            conditions.add(AudienceCondition.SEGMENT);
        }
        if (phaseName != null) {
            conditions.add(AudienceCondition.PHASE);
        }
        if (newsletterOnly) {
            conditions.add(AudienceCondition.NEWSLETTER);
        }
        if (lastOrderBefore != null) {
            conditions.add(AudienceCondition.LAST_ORDER_BEFORE);
        }
        if (lastOrderAfter != null) {
            conditions.add(AudienceCondition.LAST_ORDER_AFTER);
        }
        return Collections.unmodifiableList(conditions);
    }

    /**
     * What is wrong with the audience itself (names are checked against the tiers, segments and phases by the
     * service): no condition, or a last-order window that no date satisfies.
     */
    public List<LoyaltyText> problems() {
        List<LoyaltyText> problems = new ArrayList<LoyaltyText>();
        if (conditions().isEmpty()) {
            problems.add(LoyaltyText.of("loyalty.campaign.audience.empty"));
        }
        if (lastOrderBefore != null && lastOrderAfter != null && !lastOrderAfter.isBefore(lastOrderBefore)) {
            problems.add(LoyaltyText.of("loyalty.campaign.audience.noDateBetween", lastOrderAfter.toString(),
                    lastOrderBefore.toString()));
        }
        return problems;
    }

    /**
     * Whether one customer is in the audience.
     *
     * @param tiersLowToHigh the shop's tier names, lowest first (a customer reaches a tier at or above the minimum)
     */
    public boolean matches(CustomerFacts customer, List<String> tiersLowToHigh) {
        if (minTierName != null) {
            int wanted = indexOfIgnoringCase(tiersLowToHigh, minTierName);
            int reached = customer.getTierName() == null ? -1
                    : indexOfIgnoringCase(tiersLowToHigh, customer.getTierName());
            if (wanted < 0 || reached < wanted) {
                return false;
            }
        }
        if (segmentName != null && !segmentName.equalsIgnoreCase(customer.getSegmentCode())) {
            return false;
        }
        if (phaseName != null && !phaseName.equalsIgnoreCase(customer.getPhaseCode())) {
            return false;
        }
        if (newsletterOnly && !customer.isNewsletterSubscriber()) {
            return false;
        }
        LocalDate lastOrder = customer.getLastOrderDay();
        if (lastOrderBefore != null && (lastOrder == null || !lastOrder.isBefore(lastOrderBefore))) {
            return false;
        }
        if (lastOrderAfter != null && (lastOrder == null || !lastOrder.isAfter(lastOrderAfter))) {
            return false;
        }
        return true;
    }

    private static int indexOfIgnoringCase(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String blankToNull(String value) {
        return value == null || value.trim().isEmpty() ? null : value.trim();
    }

    public String getMinTierName() {
        return minTierName;
    }

    /** The segment's constant, e.g. AT_RISK. */
    public String getSegmentName() {
        return segmentName;
    }

    /** The lifecycle phase's constant, e.g. TRUST. */
    public String getPhaseName() {
        return phaseName;
    }

    public boolean isNewsletterOnly() {
        return newsletterOnly;
    }

    /** Last order strictly before the start of this day. */
    public LocalDate getLastOrderBefore() {
        return lastOrderBefore;
    }

    /** Last order on a day strictly after this one. */
    public LocalDate getLastOrderAfter() {
        return lastOrderAfter;
    }
}
