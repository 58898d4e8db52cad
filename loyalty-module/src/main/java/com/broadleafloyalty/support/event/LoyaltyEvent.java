package com.broadleafloyalty.support.event;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Something that happened to a customer's loyalty account, told to the outside (webhooks): a type and its facts. */
public final class LoyaltyEvent {

    public static final String POINTS_EARNED = "points.earned";
    public static final String POINTS_REDEEMED = "points.redeemed";
    public static final String POINTS_EXPIRED = "points.expired";
    public static final String POINTS_ADJUSTED = "points.adjusted";
    public static final String POINTS_CLAWED_BACK = "points.clawed_back";
    public static final String BALANCE_CHANGED = "balance.changed";
    public static final String TIER_CHANGED = "tier.changed";
    public static final String REWARD_REDEEMED = "reward.redeemed";
    public static final String REFERRAL_REWARDED = "referral.rewarded";
    public static final String FEEDBACK_RECEIVED = "feedback.received";

    private final String type;
    private final Long customerId;
    private final Map<String, Object> data;

    private LoyaltyEvent(String type, Long customerId, Map<String, Object> data) {
        this.type = type;
        this.customerId = customerId;
        this.data = Collections.unmodifiableMap(data);
    }

    /** {@code namesAndValues}: the event's facts as name, value, name, value... */
    public static LoyaltyEvent of(String type, Long customerId, Object... namesAndValues) {
        Map<String, Object> data = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            data.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new LoyaltyEvent(type, customerId, data);
    }

    public String getType() {
        return type;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Map<String, Object> getData() {
        return data;
    }
}
