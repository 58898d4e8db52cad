package com.broadleafloyalty.ledger.core;

/**
 * Why typed text is not an acceptable amount. Each problem is a message key of the
 * {@code messages/LoyaltyInputMessages} bundle; {@link AmountRefusedException#getArguments()} fills it in.
 */
public enum AmountProblem {

    /** Nothing was typed. */
    MISSING("loyalty.input.amount.missing"),
    /** Not ASCII digits with an optional sign: letters, other scripts' digits, decimals, exponents, NaN. Arg: the text. */
    NOT_A_WHOLE_NUMBER("loyalty.input.amount.notWholeNumber"),
    /** Not ASCII digits with at most one '.' and the allowed decimals. Args: the text, the decimals allowed. */
    NOT_A_DECIMAL("loyalty.input.amount.notDecimal"),
    /** A minus sign where only amounts of 0 or more make sense. */
    NEGATIVE("loyalty.input.amount.negative"),
    /** Zero where at least 1 (or more than 0) is needed. */
    ZERO("loyalty.input.amount.zero"),
    /** Beyond the documented limit. Arg: the limit. */
    ABOVE_LIMIT("loyalty.input.amount.aboveLimit"),
    /** Text longer than its field allows. Arg: the limit in characters. */
    TOO_LONG("loyalty.input.text.tooLong");

    private final String messageKey;

    AmountProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
