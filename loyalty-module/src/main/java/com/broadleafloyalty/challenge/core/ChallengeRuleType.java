package com.broadleafloyalty.challenge.core;

/**
 * What a challenge counts. Each type reads one kind of the customer's activity inside the challenge's window; the
 * progress sentence shown to the shopper is the message key {@code loyalty.challenge.progress.<NAME>}.
 */
public enum ChallengeRuleType {
    /** Placed orders, e.g. "3 orders in 60 days". */
    ORDERS(false, true, Badge.REGULAR),
    /** Money spent on items of one category, e.g. "spend 200.00 in Outdoor this quarter". */
    CATEGORY_SPEND(true, true, Badge.CATEGORY_FAN),
    /** Orders in different categories, e.g. "order in 3 different categories". */
    DISTINCT_CATEGORIES(false, true, Badge.EXPLORER),
    /** Feedback answers left on orders. */
    FEEDBACK(false, false, Badge.CRITIC),
    /** Referred friends who placed an order. */
    REFERRALS(false, false, Badge.AMBASSADOR);

    private final boolean money;
    private final boolean movedByOrders;
    private final Badge defaultBadge;

    ChallengeRuleType(boolean money, boolean movedByOrders, Badge defaultBadge) {
        this.money = money;
        this.movedByOrders = movedByOrders;
        this.defaultBadge = defaultBadge;
    }

    /** True when the goal is an amount of money, false when it is a whole count. */
    public boolean isMoney() {
        return money;
    }

    /** True when the customer's own order can move the challenge, so a checkout evaluates it. */
    public boolean isMovedByOrders() {
        return movedByOrders;
    }

    public Badge getDefaultBadge() {
        return defaultBadge;
    }

    public String getMessageKey() {
        return "loyalty.challenge.type." + name();
    }

    public String getProgressKey() {
        return "loyalty.challenge.progress." + name();
    }

    /** The type with that name, or null for an empty or unknown one. */
    public static ChallengeRuleType named(String name) {
        if (name != null) {
            for (ChallengeRuleType type : values()) {
                if (type.name().equals(name.trim())) {
                    return type;
                }
            }
        }
        return null;
    }
}
