package com.broadleafloyalty.lifecycle.service;

/**
 * The lifecycle emails' scheduled work, safe on several nodes at once (each trigger's key is unique in the database,
 * through the engagement door). The demo and tests call it on demand.
 */
public interface LifecycleMailJob {

    /** The scheduled entry point: every lifecycle email that is switched on. Returns how many emails went. */
    int run();

    /**
     * {@link #run} as if the clock showed {@code now}: the demo's "run now, a day later" (an idle cart is due only
     * after its idle time). The frequency cap still counts on the real clock.
     */
    int runAt(java.util.Date now);

    /** Welcome to the programme after a customer's first order. Returns how many went. */
    int sendWelcomes();

    /**
     * The follow-up a configured number of days after an order: the feedback link and "customers who bought this
     * also bought" picks from the recommender (never the order's own products, never an unsellable one). Returns how
     * many went.
     */
    int sendPostPurchaseFollowUps();

    /**
     * Win-back: a customer in the "At risk" or "Hibernating" segment or the "At risk of disappointment" phase gets
     * one email per period, with bonus points when configured. Returns how many went.
     */
    int sendWinBacks();

    /** {@link #sendWinBacks} for one customer (e.g. from the admin): true when the email went. */
    boolean sendWinBackTo(Long customerId);

    /** The monthly points digest to each opted-in customer who has not had this month's. Returns how many went. */
    int sendDigests();

    /** A reminder for each registered customer's idle cart with items and no order since. Returns how many went. */
    int sendAbandonedCartReminders();
}
