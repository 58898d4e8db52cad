package com.broadleafloyalty.engagement.core;

import java.util.Collection;
import java.util.Date;

/**
 * At most {@code maxMails} emails to one customer within any {@code days} days: the next email goes only when fewer
 * than {@code maxMails} were sent since {@code now - days}. A cap of 0 mails turns the cap off.
 */
public final class FrequencyCap {

    private static final long DAY_MILLIS = 86_400_000L;

    private final int maxMails;
    private final int days;

    public FrequencyCap(int maxMails, int days) {
        if (maxMails < 0 || days < 1) {
            throw new IllegalArgumentException("A frequency cap needs 0 or more mails (0: no cap) over 1 day or more, "
                    + "not " + maxMails + " mails over " + days + " days");
        }
        this.maxMails = maxMails;
        this.days = days;
    }

    public static FrequencyCap none() {
        return new FrequencyCap(0, 1);
    }

    public boolean isOff() {
        return maxMails == 0;
    }

    /** The start of the window that ends now: mails sent from then on count. */
    public Date windowStart(Date now) {
        return new Date(now.getTime() - days * DAY_MILLIS);
    }

    /** Whether one more email may go, given how many went since {@link #windowStart}. */
    public boolean allows(long sentInWindow) {
        return isOff() || sentInWindow < maxMails;
    }

    /** Whether one more email may go, given when the customer's recent emails went. */
    public boolean allows(Collection<Date> sentAt, Date now) {
        Date start = windowStart(now);
        long inWindow = 0;
        for (Date sent : sentAt) {
            if (sent != null && sent.after(start) && !sent.after(now)) {
                inWindow++;
            }
        }
        return allows(inWindow);
    }

    public int getMaxMails() {
        return maxMails;
    }

    public int getDays() {
        return days;
    }
}
