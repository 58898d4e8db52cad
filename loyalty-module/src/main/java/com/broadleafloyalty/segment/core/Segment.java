package com.broadleafloyalty.segment.core;

/**
 * Named RFM segments. {@link #of(RfmScore)} reads this table top to bottom; the first row that matches wins, and
 * every (R, F, M) matches exactly one row (the last rows catch everything left). "Few orders" is F 1–2, not F 1:
 * under the tie rule of {@link QuintileCutPoints} the one-order customers score F = 2 when they are over 40 % of
 * all customers (as in the online-retail data), F = 1 otherwise.
 *
 * <pre>
 * segment               R     F     M
 * Champions             4–5   4–5   4–5   bought recently, often, and spend the most
 * Loyal                 3–5   4–5   any   buy often and not long ago
 * Potential loyalists   4–5   3     any   recent, came back
 * New customers         4–5   1–2   any   recent, few orders (usually their first)
 * Need attention        3     1–3   any   neither recent nor lapsed, not yet frequent
 * Can't lose them       1     4–5   any   used to buy often, not for a long time
 * At risk               1–2   3–5   any   bought more than most, slipping away
 * Hibernating           2     1–2   any   few orders, long ago
 * Lost                  1     1–2   any   few orders, longest ago
 * </pre>
 */
public enum Segment {

    CHAMPIONS("Champions"),
    LOYAL("Loyal"),
    POTENTIAL_LOYALISTS("Potential loyalists"),
    NEW_CUSTOMERS("New customers"),
    NEED_ATTENTION("Need attention"),
    CANT_LOSE_THEM("Can't lose them"),
    AT_RISK("At risk"),
    HIBERNATING("Hibernating"),
    LOST("Lost");

    private final String displayName;

    Segment(String displayName) {
        this.displayName = displayName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public static Segment of(RfmScore score) {
        int r = score.getRecency();
        int f = score.getFrequency();
        int m = score.getMonetary();
        if (r >= 4 && f >= 4 && m >= 4) {
            return CHAMPIONS;
        }
        if (r >= 3 && f >= 4) {
            return LOYAL;
        }
        if (r >= 4) {
            return f == 3 ? POTENTIAL_LOYALISTS : NEW_CUSTOMERS;
        }
        if (r == 3) {
            return NEED_ATTENTION;
        }
        if (r == 1 && f >= 4) {
            return CANT_LOSE_THEM;
        }
        if (f >= 3) {
            return AT_RISK;
        }
        return r == 1 ? LOST : HIBERNATING;
    }

    /**
     * The segment with this name: the display name ("At risk") or the constant ("AT_RISK"), ignoring case and
     * surrounding spaces.
     */
    public static Segment named(String name) {
        if (name != null) {
            String wanted = name.trim();
            for (Segment segment : values()) {
                if (segment.displayName.equalsIgnoreCase(wanted) || segment.name().equalsIgnoreCase(wanted)) {
                    return segment;
                }
            }
        }
        StringBuilder known = new StringBuilder();
        for (Segment segment : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(segment.displayName);
        }
        throw new IllegalArgumentException("No segment named \"" + name + "\"; the segments are: " + known);
    }
}
