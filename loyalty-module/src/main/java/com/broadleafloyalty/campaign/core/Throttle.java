package com.broadleafloyalty.campaign.core;

/**
 * The sending rate: at most {@code mailsPerMinute} campaign emails per minute. The job runs once a minute and sends
 * at most that many per run (per node: two nodes together send up to twice as many).
 */
public final class Throttle {

    private final int mailsPerMinute;

    public Throttle(int mailsPerMinute) {
        if (mailsPerMinute < 1) {
            throw new IllegalArgumentException("At least one mail per minute, not " + mailsPerMinute);
        }
        this.mailsPerMinute = mailsPerMinute;
    }

    public int getMailsPerMinute() {
        return mailsPerMinute;
    }
}
