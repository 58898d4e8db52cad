package com.broadleafloyalty.engagement.core;

import java.util.Date;

/**
 * "Engaged": the customer opened or clicked one of the module's emails in the last {@value #DAYS} days (a click counts
 * as an open). The newsletter's "loyal" indicator and the win-back email use this one rule.
 */
public final class RecentEngagement {

    public static final int DAYS = 90;
    private static final long DAY_MILLIS = 86_400_000L;

    private RecentEngagement() {
    }

    /** The later of the last open and the last click, or null when there was neither. */
    public static Date lastEngagedAt(Date lastOpenedAt, Date lastClickedAt) {
        if (lastOpenedAt == null) {
            return lastClickedAt;
        }
        if (lastClickedAt == null) {
            return lastOpenedAt;
        }
        return lastClickedAt.after(lastOpenedAt) ? lastClickedAt : lastOpenedAt;
    }

    /** True when the last open or click was at most {@value #DAYS} days before {@code now} (and not after it). */
    public static boolean isEngaged(Date lastOpenedAt, Date lastClickedAt, Date now) {
        Date last = lastEngagedAt(lastOpenedAt, lastClickedAt);
        return last != null && !last.after(now) && now.getTime() - last.getTime() <= DAYS * DAY_MILLIS;
    }
}
