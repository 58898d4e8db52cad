package com.broadleafloyalty.segment.core;

/**
 * The lifecycle phase of a scored customer, first match wins:
 * <ol>
 * <li><b>Advocate</b>: at least two orders and F = 5 and M = 5 (the top fifth of both), or the customer referred
 *     someone (when the shop knows it);</li>
 * <li><b>Trust</b>: at least two orders;</li>
 * <li><b>First purchase</b>: one order, placed less than {@code returnWindowDays} days before today;</li>
 * <li><b>At risk of disappointment</b>: one order, and no second one within {@code returnWindowDays} days of it.</li>
 * </ol>
 */
public final class LifecycleRule {

    private final int returnWindowDays;

    public LifecycleRule(int returnWindowDays) {
        if (returnWindowDays < 1) {
            throw new IllegalArgumentException("The return window must be at least 1 day, got " + returnWindowDays);
        }
        this.returnWindowDays = returnWindowDays;
    }

    public int getReturnWindowDays() {
        return returnWindowDays;
    }

    /** {@code today} is an epoch day (UTC), as {@link CustomerAggregate#getLastOrderDay()}. */
    public LifecyclePhase phaseOf(CustomerAggregate customer, RfmScore score, long today, boolean referredSomeone) {
        boolean repeatBuyer = customer.getOrderCount() >= 2;
        if ((repeatBuyer && score.getFrequency() == 5 && score.getMonetary() == 5) || referredSomeone) {
            return LifecyclePhase.ADVOCATE;
        }
        if (repeatBuyer) {
            return LifecyclePhase.TRUST;
        }
        return today - customer.getLastOrderDay() < returnWindowDays
                ? LifecyclePhase.FIRST_PURCHASE : LifecyclePhase.AT_RISK_OF_DISAPPOINTMENT;
    }
}
