package com.broadleafloyalty.engagement.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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

    /**
     * Sent only to a customer who asked for it (the monthly digest); every other category is sent until the customer
     * unsubscribes from it.
     */
    public boolean isOptIn() {
        return this == DIGEST;
    }

    /**
     * The categories a shopper turns off one by one on the email preferences page: every category that is sent until
     * unsubscribed. The digest is an opt-in of its own.
     */
    public static List<MailCategory> optOutChoices() {
        List<MailCategory> choices = new ArrayList<MailCategory>();
        for (MailCategory category : values()) {
            if (!category.isOptIn()) {
                choices.add(category);
            }
        }
        return Collections.unmodifiableList(choices);
    }

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
