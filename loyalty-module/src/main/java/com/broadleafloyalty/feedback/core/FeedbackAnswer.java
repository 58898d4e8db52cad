package com.broadleafloyalty.feedback.core;

/**
 * One validated post-purchase answer: NPS ("how likely are you to recommend us", whole number 0..10), CSAT
 * ("how satisfied are you with this order", whole number 1..5) and an optional comment (trimmed; blank = none).
 */
public final class FeedbackAnswer {

    public static final int NPS_MIN = 0;
    public static final int NPS_MAX = 10;
    public static final int CSAT_MIN = 1;
    public static final int CSAT_MAX = 5;
    public static final int DEFAULT_MAX_COMMENT_LENGTH = 1000;

    private final int nps;
    private final int csat;
    private final String comment;

    private FeedbackAnswer(int nps, int csat, String comment) {
        this.nps = nps;
        this.csat = csat;
        this.comment = comment;
    }

    /** An answer from already numeric values (stored answers, tests); refuses values out of range. */
    public static FeedbackAnswer of(int nps, int csat, String comment) {
        return new FeedbackAnswer(inRange(nps, NPS_MIN, NPS_MAX, "recommendation score"),
                inRange(csat, CSAT_MIN, CSAT_MAX, "satisfaction score"),
                comment(comment, Integer.MAX_VALUE));
    }

    /** Validates the form's text fields; every refusal is one sentence saying what to fix. */
    public static FeedbackAnswer parse(String nps, String csat, String comment, int maxCommentLength) {
        return new FeedbackAnswer(
                inRange(wholeNumber(nps, "recommendation score", NPS_MIN, NPS_MAX), NPS_MIN, NPS_MAX,
                        "recommendation score"),
                inRange(wholeNumber(csat, "satisfaction score", CSAT_MIN, CSAT_MAX), CSAT_MIN, CSAT_MAX,
                        "satisfaction score"),
                comment(comment, maxCommentLength));
    }

    private static int wholeNumber(String text, String what, int min, int max) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw new FeedbackRefusedException("Choose a " + what + " from " + min + " to " + max + ".");
        }
        if (!trimmed.matches("[+-]?\\d+")) {
            throw new FeedbackRefusedException("The " + what + " \"" + shorten(trimmed)
                    + "\" is not a whole number: choose one from " + min + " to " + max + ".");
        }
        if (trimmed.replaceFirst("^[+-]?0*", "").length() > 9) {
            throw new FeedbackRefusedException("The " + what + " must be from " + min + " to " + max + ", not "
                    + shorten(trimmed) + ".");
        }
        return Integer.parseInt(trimmed);
    }

    private static int inRange(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new FeedbackRefusedException("The " + what + " must be from " + min + " to " + max
                    + ", not " + value + ".");
        }
        return value;
    }

    private static String comment(String comment, int maxLength) {
        if (comment == null || comment.trim().isEmpty()) {
            return null;
        }
        String trimmed = comment.trim();
        if (trimmed.length() > maxLength) {
            throw new FeedbackRefusedException("Your comment is " + trimmed.length() + " characters long; at most "
                    + maxLength + " are accepted.");
        }
        return trimmed;
    }

    private static String shorten(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "...";
    }

    public int getNps() {
        return nps;
    }

    public int getCsat() {
        return csat;
    }

    /** The trimmed comment, or null when the shopper left none. */
    public String getComment() {
        return comment;
    }

    /** The review-points rule: an answer earns the review bonus when it carries a (non-blank) comment. */
    public boolean isReview() {
        return comment != null;
    }

    /** NPS 9-10. */
    public boolean isPromoter() {
        return nps >= 9;
    }

    /** NPS 0-6. */
    public boolean isDetractor() {
        return nps <= 6;
    }

    /** CSAT 4-5. */
    public boolean isSatisfied() {
        return csat >= 4;
    }
}
