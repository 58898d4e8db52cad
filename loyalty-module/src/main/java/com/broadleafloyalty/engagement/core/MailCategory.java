package com.broadleafloyalty.engagement.core;

/**
 * What an email is about, as a shopper unsubscribes from it: each category can be turned off on its own, and every
 * sender of the module names its category when it sends through the engagement door.
 */
public enum MailCategory {
    WELCOME,
    POST_PURCHASE,
    ABANDONED_CART,
    WIN_BACK,
    DIGEST,
    POINTS_EXPIRY,
    GREETINGS,
    FEEDBACK,
    CAMPAIGN;

    /** The category named {@code name}, or null when there is none (a hand-edited link). */
    public static MailCategory parse(String name) {
        if (name == null) {
            return null;
        }
        for (MailCategory category : values()) {
            if (category.name().equalsIgnoreCase(name.trim())) {
                return category;
            }
        }
        return null;
    }
}
