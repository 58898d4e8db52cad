package com.broadleafloyalty.challenge.core;

import com.broadleafloyalty.challenge.core.CustomerActivity.PlacedOrder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Evaluates a challenge against a customer's activity: what falls inside its window at a moment counts. */
public final class ChallengeRules {

    private final ZoneId zone;

    public ChallengeRules(ZoneId zone) {
        this.zone = zone;
    }

    /** The customer's progress at {@code now}; a challenge that is not open counts nothing. */
    public ChallengeProgress progress(ChallengeDefinition challenge, CustomerActivity activity, Instant now) {
        if (!challenge.getWindow().isOpenAt(now, zone)) {
            return new ChallengeProgress(BigDecimal.ZERO, challenge.getGoal());
        }
        ChallengeWindow.Span span = challenge.getWindow().spanAt(now, zone);
        return new ChallengeProgress(count(challenge, activity, span), challenge.getGoal());
    }

    /** The earliest moment any of these challenges looks at, at {@code now}: what to read the activity from. */
    public Instant earliestStart(List<ChallengeDefinition> challenges, Instant now) {
        Instant earliest = now;
        for (ChallengeDefinition challenge : challenges) {
            Instant from = challenge.getWindow().spanAt(now, zone).getFrom();
            if (from.isBefore(earliest)) {
                earliest = from;
            }
        }
        return earliest;
    }

    public boolean isOpen(ChallengeDefinition challenge, Instant now) {
        return challenge.getWindow().isOpenAt(now, zone);
    }

    private static BigDecimal count(ChallengeDefinition challenge, CustomerActivity activity,
            ChallengeWindow.Span span) {
        switch (challenge.getRuleType()) {
            case ORDERS:
                long orders = 0;
                for (PlacedOrder order : activity.getOrders()) {
                    if (span.contains(order.getPlaced())) {
                        orders++;
                    }
                }
                return BigDecimal.valueOf(orders);
            case CATEGORY_SPEND:
                BigDecimal spent = BigDecimal.ZERO;
                for (PlacedOrder order : activity.getOrders()) {
                    if (span.contains(order.getPlaced())) {
                        spent = spent.add(order.spentIn(challenge.getCategoryId()));
                    }
                }
                return spent;
            case DISTINCT_CATEGORIES:
                Set<Long> categories = new HashSet<Long>();
                for (PlacedOrder order : activity.getOrders()) {
                    if (span.contains(order.getPlaced())) {
                        categories.addAll(order.getCategories());
                    }
                }
                return BigDecimal.valueOf(categories.size());
            case FEEDBACK:
                return BigDecimal.valueOf(inside(activity.getFeedback(), span));
            default:
                return BigDecimal.valueOf(inside(activity.getReferralOrders(), span));
        }
    }

    private static long inside(List<Instant> moments, ChallengeWindow.Span span) {
        long count = 0;
        for (Instant moment : moments) {
            if (span.contains(moment)) {
                count++;
            }
        }
        return count;
    }
}
