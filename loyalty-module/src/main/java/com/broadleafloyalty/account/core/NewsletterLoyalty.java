package com.broadleafloyalty.account.core;

import java.time.LocalDate;

/**
 * The "loyal" indicator: subscribed to the newsletter without a break for more than 6 months and purchased since
 * subscribing. An unsubscription ends it; subscribing again starts a new period.
 */
public final class NewsletterLoyalty {

    public static final int MONTHS = 6;

    private NewsletterLoyalty() {
    }

    /**
     * @param subscribedSince the start of the current subscription, or null when not subscribed
     * @param lastPurchase    the customer's latest completed order's date, or null
     */
    public static boolean isLoyal(LocalDate subscribedSince, LocalDate lastPurchase, LocalDate today) {
        if (subscribedSince == null || lastPurchase == null) {
            return false;
        }
        return subscribedSince.plusMonths(MONTHS).isBefore(today) && !lastPurchase.isBefore(subscribedSince)
                && !lastPurchase.isAfter(today);
    }
}
