package com.broadleafloyalty.lifecycle.core;

import java.time.LocalDate;
import java.util.Date;

/**
 * When the lifecycle emails are due, and the database-unique keys of their triggers (one email per key, ever).
 */
public final class LifecycleTriggers {

    private static final long MINUTE_MILLIS = 60_000L;
    private static final long DAY_MILLIS = 1440 * MINUTE_MILLIS;

    private LifecycleTriggers() {
    }

    public static String welcomeKey(Long customerId) {
        return "WELCOME:" + customerId;
    }

    public static String abandonedCartKey(Long cartId) {
        return "CART:" + cartId;
    }

    public static String postPurchaseKey(Long orderId) {
        return "POST:" + orderId;
    }

    /** Orders placed in [{@code now - days - windowDays}, {@code now - days}] get their follow-up now. */
    public static Date followUpUntil(Date now, int days) {
        return new Date(now.getTime() - days * DAY_MILLIS);
    }

    public static Date followUpFrom(Date now, int days, int windowDays) {
        return new Date(now.getTime() - (days + windowDays) * DAY_MILLIS);
    }

    /** The win-back period {@code now} falls in: one win-back per customer per period. */
    public static long winBackPeriod(Date now, int periodDays) {
        return now.getTime() / (periodDays * DAY_MILLIS);
    }

    public static String winBackKey(Long customerId, long period) {
        return "WINBACK:" + customerId + ":" + period;
    }

    /** The digest's trigger: one per customer and month ({@code yyyy-MM} of the shop's clock). */
    public static String digestKey(Long customerId, LocalDate today) {
        return "digest:" + customerId + ":" + String.format("%04d-%02d", today.getYear(), today.getMonthValue());
    }

    /**
     * The digest goes from {@code dayOfMonth} on (a day past the month's end means its last day), so a shop that
     * starts mid-month or a job that missed the day still sends this month's.
     */
    public static boolean isDigestDue(LocalDate today, int dayOfMonth) {
        return today.getDayOfMonth() >= Math.min(Math.max(1, dayOfMonth), today.lengthOfMonth());
    }

    /**
     * A customer who had a win-back in the previous period and opened or clicked one of our emails since (they are
     * listening) is not sent the next one: a second "we miss you" to a reader is nagging, not winning back.
     */
    public static boolean isWinBackRepeatWanted(boolean hadWinBackLastPeriod, boolean engagedRecently) {
        return !(hadWinBackLastPeriod && engagedRecently);
    }

    /** Customers drifting away: RFM segment "At risk" or "Hibernating", or the phase "At risk of disappointment". */
    public static boolean isDriftingAway(String segmentCode, String phaseCode) {
        return "AT_RISK".equals(segmentCode) || "HIBERNATING".equals(segmentCode)
                || "AT_RISK_OF_DISAPPOINTMENT".equals(phaseCode);
    }

    /** Only customers whose last order is older than this are looked at (the segments need no more). */
    public static Date lastOrderBefore(Date now, int idleDays) {
        return new Date(now.getTime() - idleDays * DAY_MILLIS);
    }

    /**
     * A welcome is due for a customer whose first order was placed within the last {@code withinDays} days: older
     * customers (e.g. when the feature is switched on in a running shop) are not welcomed.
     */
    public static boolean isWelcomeDue(Date firstOrderAt, Date now, int withinDays) {
        return firstOrderAt != null && !firstOrderAt.after(now)
                && now.getTime() - firstOrderAt.getTime() <= withinDays * DAY_MILLIS;
    }

    /** The oldest first-order date that still earns a welcome. */
    public static Date welcomeSince(Date now, int withinDays) {
        return new Date(now.getTime() - withinDays * DAY_MILLIS);
    }

    /**
     * A cart is abandoned when it has items, was last touched at least {@code idleMinutes} ago but not more than
     * {@code maxAgeDays} ago (a cart from months ago is not worth a reminder), and no order was placed since.
     */
    public static boolean isCartAbandoned(int itemCount, Date lastTouched, Date lastOrderAt, Date now, int idleMinutes,
            int maxAgeDays) {
        if (itemCount <= 0 || lastTouched == null || lastTouched.after(now)) {
            return false;
        }
        long idle = now.getTime() - lastTouched.getTime();
        boolean orderedSince = lastOrderAt != null && !lastOrderAt.before(lastTouched);
        return idle >= idleMinutes * MINUTE_MILLIS && idle <= maxAgeDays * DAY_MILLIS && !orderedSince;
    }

    /** Carts touched in [{@code now - maxAgeDays}, {@code now - idleMinutes}] are the candidates. */
    public static Date idleUntil(Date now, int idleMinutes) {
        return new Date(now.getTime() - idleMinutes * MINUTE_MILLIS);
    }

    public static Date touchedSince(Date now, int maxAgeDays) {
        return new Date(now.getTime() - maxAgeDays * DAY_MILLIS);
    }
}
