package com.broadleafloyalty.campaign.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * When a recipient whose mail failed is tried again: after the n-th failure the n-th back-off (the last one repeats
 * when there are more retries than back-offs), up to {@code maxRetries} retries; after that the recipient stays FAILED
 * for good. A temporary mail-server outage is thus bridged without a dead address being tried for ever.
 */
public final class SendRetry {

    /** 15 minutes, 1 hour, 4 hours. */
    public static final String DEFAULT_BACKOFF_MINUTES = "15,60,240";

    private final int maxRetries;
    private final List<Long> backoffMinutes;

    public SendRetry(int maxRetries, List<Long> backoffMinutes) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("Retries cannot be negative: " + maxRetries);
        }
        if (maxRetries > 0 && (backoffMinutes == null || backoffMinutes.isEmpty())) {
            throw new IllegalArgumentException("Retries need at least one back-off");
        }
        for (Long minutes : backoffMinutes == null ? Collections.<Long>emptyList() : backoffMinutes) {
            if (minutes == null || minutes < 0) {
                throw new IllegalArgumentException("A back-off is zero or more minutes, not " + minutes);
            }
        }
        this.maxRetries = maxRetries;
        this.backoffMinutes = backoffMinutes == null ? Collections.<Long>emptyList()
                : Collections.unmodifiableList(new ArrayList<Long>(backoffMinutes));
    }

    /** From a property such as {@code 15,60,240} (minutes, comma-separated). */
    public static SendRetry of(int maxRetries, String backoffMinutes) {
        List<Long> minutes = new ArrayList<Long>();
        for (String part : backoffMinutes == null ? new String[0] : backoffMinutes.split(",")) {
            if (!part.trim().isEmpty()) {
                try {
                    minutes.add(Long.valueOf(part.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("A back-off is a whole number of minutes, not " + part, e);
                }
            }
        }
        return new SendRetry(maxRetries, minutes);
    }

    public static SendRetry defaults() {
        return of(3, DEFAULT_BACKOFF_MINUTES);
    }

    /**
     * The moment of the next try after the {@code failures}-th failed one (1 = the first send failed) at
     * {@code nowMillis}, or -1 when no retry is left.
     */
    public long nextTryAfter(int failures, long nowMillis) {
        if (failures < 1 || failures > maxRetries) {
            return -1;
        }
        long minutes = backoffMinutes.get(Math.min(failures, backoffMinutes.size()) - 1);
        return nowMillis + minutes * 60_000L;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public List<Long> getBackoffMinutes() {
        return backoffMinutes;
    }
}
