package com.broadleafloyalty.ledger.core;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads an amount of money or a percentage as typed: ASCII digits with at most one '.' as the decimal separator and
 * at most the allowed number of decimals, surrounding spaces ignored; no sign, no thousands separators, no exponent
 * ('1e9'), no NaN or Infinity, no other scripts' digits. The amount is above 0 and at most a documented limit, so it
 * always fits a {@code DECIMAL(19,5)} column.
 */
public final class DecimalAmount {

    private final int decimals;
    private final BigDecimal limit;
    private final Pattern shape;

    public DecimalAmount(int decimals, BigDecimal limit) {
        if (decimals < 0 || limit == null || limit.signum() <= 0) {
            throw new IllegalArgumentException("A decimal amount needs 0 or more decimals and a limit above 0");
        }
        this.decimals = decimals;
        this.limit = limit;
        this.shape = Pattern.compile(decimals == 0 ? "[0-9]{1,30}" : "[0-9]{1,30}(\\.[0-9]{1," + decimals + "})?");
    }

    public BigDecimal getLimit() {
        return limit;
    }

    /** The amount, or an {@link AmountRefusedException} saying what is wrong with the text. */
    public BigDecimal parse(String typed) {
        String text = typed == null ? "" : typed.trim();
        if (text.isEmpty()) {
            throw new AmountRefusedException(AmountProblem.MISSING);
        }
        if (text.startsWith("-") && shape.matcher(text.substring(1)).matches()) {
            throw new AmountRefusedException(AmountProblem.NEGATIVE);
        }
        if (!shape.matcher(text).matches()) {
            throw new AmountRefusedException(AmountProblem.NOT_A_DECIMAL, text, decimals);
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.signum() == 0) {
            throw new AmountRefusedException(AmountProblem.ZERO);
        }
        if (amount.compareTo(limit) > 0) {
            throw new AmountRefusedException(AmountProblem.ABOVE_LIMIT, limit.toPlainString());
        }
        return amount;
    }
}
