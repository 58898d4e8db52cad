package com.broadleafloyalty.support.core;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An amount of money as an argument of a {@link LoyaltyText}: the message source formats it for the reader's locale
 * with the currency's symbol ({@code 12,50 lei}, {@code $12.50}).
 */
public final class MoneyAmount implements Serializable {

    private static final long serialVersionUID = 1L;

    private final BigDecimal amount;
    private final String currencyCode;

    public MoneyAmount(BigDecimal amount, String currencyCode) {
        if (amount == null || currencyCode == null) {
            throw new IllegalArgumentException("An amount of money needs its amount and currency");
        }
        this.amount = amount;
        this.currencyCode = currencyCode;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MoneyAmount && amount.compareTo(((MoneyAmount) other).amount) == 0
                && currencyCode.equals(((MoneyAmount) other).currencyCode);
    }

    @Override
    public int hashCode() {
        return 31 * amount.stripTrailingZeros().hashCode() + currencyCode.hashCode();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currencyCode;
    }
}
