package com.broadleafloyalty.redemption.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The money a discount reward takes off an order. A fixed discount takes its amount, a percent discount that
 * percentage of the discountable merchandise, rounded half-even to cents; neither ever takes more than the
 * discountable merchandise (what is left after other discounts), so the order total never goes below shipping and tax.
 */
public final class RewardDiscount {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private RewardDiscount() {
    }

    /** Zero for types that are not discounts, or when nothing is left to discount. */
    public static BigDecimal of(String typeCode, BigDecimal value, BigDecimal discountable) {
        if (value == null || discountable == null || discountable.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal discount;
        if (RewardItemRules.FIXED_DISCOUNT.equals(typeCode)) {
            discount = value;
        } else if (RewardItemRules.PERCENT_DISCOUNT.equals(typeCode)) {
            discount = discountable.multiply(value).divide(HUNDRED, 2, RoundingMode.HALF_EVEN);
        } else {
            return BigDecimal.ZERO.setScale(2);
        }
        return discount.min(discountable).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_EVEN);
    }
}
