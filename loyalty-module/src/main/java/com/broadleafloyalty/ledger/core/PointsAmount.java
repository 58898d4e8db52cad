package com.broadleafloyalty.ledger.core;

import java.util.regex.Pattern;

/**
 * Reads a number of points as typed: ASCII digits 0-9 only, with a leading '+' or '-' where the field allows a sign,
 * and surrounding spaces ignored. No thousands separators, decimals, exponents, other scripts' digits ('٥٠', '５０',
 * which {@link Long#parseLong} would accept) or words like NaN. Every amount is at most a documented limit, so no
 * typed number can overflow a {@code long} or a column.
 */
public final class PointsAmount {

    /** 18 digits always fit in a long; anything longer is above every limit anyway. */
    private static final Pattern SIGNED = Pattern.compile("[+-]?[0-9]{1,18}");
    private static final Pattern UNSIGNED = Pattern.compile("\\+?[0-9]{1,18}");
    private static final Pattern DIGITS = Pattern.compile("[+-]?[0-9]+");

    private final boolean signAllowed;
    private final boolean zeroAllowed;
    private final long limit;

    private PointsAmount(boolean signAllowed, boolean zeroAllowed, long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A points limit must be at least 1, not " + limit);
        }
        this.signAllowed = signAllowed;
        this.zeroAllowed = zeroAllowed;
        this.limit = limit;
    }

    /** A change that adds or removes points: '+50' or '-20', at most {@code limit} either way, never 0. */
    public static PointsAmount adjustment(long limit) {
        return new PointsAmount(true, false, limit);
    }

    /** A number of points to spend or charge: 1 to {@code limit}. */
    public static PointsAmount positive(long limit) {
        return new PointsAmount(false, false, limit);
    }

    /** A count that may be 0 (e.g. stock): 0 to {@code limit}. */
    public static PointsAmount zeroOrMore(long limit) {
        return new PointsAmount(false, true, limit);
    }

    public long getLimit() {
        return limit;
    }

    /** The amount, or an {@link AmountRefusedException} saying what is wrong with the text. */
    public long parse(String typed) {
        String text = typed == null ? "" : typed.trim();
        if (text.isEmpty()) {
            throw new AmountRefusedException(AmountProblem.MISSING);
        }
        if (!DIGITS.matcher(text).matches()) {
            throw new AmountRefusedException(AmountProblem.NOT_A_WHOLE_NUMBER, text);
        }
        if (!signAllowed && text.startsWith("-")) {
            throw new AmountRefusedException(AmountProblem.NEGATIVE);
        }
        if (!(signAllowed ? SIGNED : UNSIGNED).matcher(text).matches()) {
            throw new AmountRefusedException(AmountProblem.ABOVE_LIMIT, limit);
        }
        long amount = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        if (amount == 0 && !zeroAllowed) {
            throw new AmountRefusedException(AmountProblem.ZERO);
        }
        if (Math.abs(amount) > limit) {
            throw new AmountRefusedException(AmountProblem.ABOVE_LIMIT, limit);
        }
        return amount;
    }

    /** True when {@link #parse} would accept the text. */
    public boolean accepts(String typed) {
        try {
            parse(typed);
            return true;
        } catch (AmountRefusedException refused) {
            return false;
        }
    }
}
