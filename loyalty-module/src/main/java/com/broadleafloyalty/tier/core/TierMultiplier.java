package com.broadleafloyalty.tier.core;

import com.broadleafloyalty.ledger.core.EarningCalculation;
import com.broadleafloyalty.ledger.core.EarningRule;
import com.broadleafloyalty.ledger.core.OrderLine;

import java.math.BigDecimal;

/** Every line of a customer's order earns the tier's multiplier (Gold x1.5). Described as "tier Gold x1.5". */
public final class TierMultiplier implements EarningRule {

    /** After the site's rules of default priority; multiplication does not depend on the order anyway. */
    public static final int DEFAULT_PRIORITY = 500;

    private final String tierName;
    private final BigDecimal multiplier;
    private final int priority;

    public TierMultiplier(String tierName, BigDecimal multiplier, int priority) {
        if (multiplier == null || multiplier.signum() < 0) {
            throw new IllegalArgumentException("A tier multiplier must be zero or more, got " + multiplier);
        }
        this.tierName = tierName;
        this.multiplier = multiplier;
        this.priority = priority;
    }

    public static TierMultiplier of(TierDefinition tier) {
        return new TierMultiplier(tier.getName(), tier.getMultiplier(), DEFAULT_PRIORITY);
    }

    @Override
    public int getPriority() {
        return priority;
    }

    @Override
    public void apply(EarningCalculation calculation) {
        for (OrderLine line : calculation.getLines()) {
            calculation.multiplyLine(line.getLineId(), multiplier);
        }
    }

    @Override
    public String describe() {
        return "tier " + tierName + " x" + multiplier.stripTrailingZeros().toPlainString();
    }

    public BigDecimal getMultiplier() {
        return multiplier;
    }
}
