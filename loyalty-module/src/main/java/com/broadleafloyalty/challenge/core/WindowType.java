package com.broadleafloyalty.challenge.core;

/** How a challenge's window is placed in time; the admin shows each by {@code loyalty.challenge.window.<NAME>}. */
public enum WindowType {
    /** The last N days up to now (a rolling window): "3 orders in 60 days". */
    ROLLING_DAYS,
    /** The calendar month of today. */
    CALENDAR_MONTH,
    /** The calendar quarter of today: "this quarter". */
    CALENDAR_QUARTER,
    /** From the challenge's first day to its last day, both included. */
    FIXED_DATES;

    public String getMessageKey() {
        return "loyalty.challenge.window." + name();
    }

    /** The type with that name, or null for an empty or unknown one. */
    public static WindowType named(String name) {
        if (name != null) {
            for (WindowType type : values()) {
                if (type.name().equals(name.trim())) {
                    return type;
                }
            }
        }
        return null;
    }
}
