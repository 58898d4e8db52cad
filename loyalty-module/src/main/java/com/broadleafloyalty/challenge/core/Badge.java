package com.broadleafloyalty.challenge.core;

/**
 * The badge a completed challenge grants. A badge is read by people, so it is a message key
 * ({@code loyalty.challenge.badge.<NAME>}), never a stored sentence; the admin picks one per challenge.
 */
public enum Badge {
    REGULAR,
    CATEGORY_FAN,
    EXPLORER,
    CRITIC,
    AMBASSADOR,
    CHAMPION;

    public String getMessageKey() {
        return "loyalty.challenge.badge." + name();
    }

    /** The badge with that name, or null for an empty or unknown one. */
    public static Badge named(String name) {
        if (name != null) {
            for (Badge badge : values()) {
                if (badge.name().equals(name.trim())) {
                    return badge;
                }
            }
        }
        return null;
    }
}
