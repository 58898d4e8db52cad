package com.broadleafloyalty.account.core;

import java.time.LocalDate;
import java.util.function.BooleanSupplier;

/**
 * The "loyal" indicator: subscribed to the newsletter without a break for more than 6 months, and engaged since
 * subscribing: purchased since subscribing, or opened or clicked one of the module's emails in the last 90 days (which,
 * after more than 6 months of subscription, is always since subscribing). A subscriber who reads us counts like one
 * who buys; a long subscription alone does not. An unsubscription ends it; subscribing again starts a new period.
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
        return isLoyal(subscribedSince, lastPurchase, () -> false, today);
    }

    /**
     * @param engagedByMail whether the customer opened or clicked one of the module's emails in the last 90 days
     *                      ({@code engagement.core.RecentEngagement}); asked only when the answer depends on it
     */
    public static boolean isLoyal(LocalDate subscribedSince, LocalDate lastPurchase, BooleanSupplier engagedByMail,
            LocalDate today) {
        if (subscribedSince == null || !subscribedSince.plusMonths(MONTHS).isBefore(today)) {
            return false;
        }
        boolean boughtSince = lastPurchase != null && !lastPurchase.isBefore(subscribedSince)
                && !lastPurchase.isAfter(today);
        return boughtSince || engagedByMail.getAsBoolean();
    }
}
