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

    private static final String NPS = "loyalty.feedback.answer.nps";
    private static final String CSAT = "loyalty.feedback.answer.csat";

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
        return new FeedbackAnswer(inRange(nps, NPS_MIN, NPS_MAX, NPS),
                inRange(csat, CSAT_MIN, CSAT_MAX, CSAT),
                comment(comment, Integer.MAX_VALUE));
    }

    /** Validates the form's text fields; every refusal says what to fix (keys loyalty.feedback.answer.*). */
    public static FeedbackAnswer parse(String nps, String csat, String comment, int maxCommentLength) {
        return new FeedbackAnswer(
                inRange(wholeNumber(nps, NPS, NPS_MIN, NPS_MAX), NPS_MIN, NPS_MAX, NPS),
                inRange(wholeNumber(csat, CSAT, CSAT_MIN, CSAT_MAX), CSAT_MIN, CSAT_MAX, CSAT),
                comment(comment, maxCommentLength));
    }

    /** {@code score} names the scale's messages: loyalty.feedback.answer.nps.* or loyalty.feedback.answer.csat.*. */
    private static int wholeNumber(String text, String score, int min, int max) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw new FeedbackRefusedException(score + ".missing", min, max);
        }
        if (!trimmed.matches("[+-]?\\d+")) {
            throw new FeedbackRefusedException(score + ".notANumber", shorten(trimmed), min, max);
        }
        if (trimmed.replaceFirst("^[+-]?0*", "").length() > 9) {
            throw new FeedbackRefusedException(score + ".outOfRange", shorten(trimmed), min, max);
        }
        return Integer.parseInt(trimmed);
    }

    private static int inRange(int value, int min, int max, String score) {
        if (value < min || value > max) {
            throw new FeedbackRefusedException(score + ".outOfRange", String.valueOf(value), min, max);
        }
        return value;
    }

    private static String comment(String comment, int maxLength) {
        if (comment == null || comment.trim().isEmpty()) {
            return null;
        }
        String trimmed = comment.trim();
        if (trimmed.length() > maxLength) {
            throw new FeedbackRefusedException("loyalty.feedback.answer.commentTooLong", trimmed.length(), maxLength);
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
