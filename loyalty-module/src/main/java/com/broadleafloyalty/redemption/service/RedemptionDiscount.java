package com.broadleafloyalty.redemption.service;

import com.broadleafloyalty.redemption.core.RedemptionKind;

import java.math.BigDecimal;

/** One order adjustment a cart's redemptions price in: the kind (its offer), the reason shown, the money off. */
public final class RedemptionDiscount {

    private final RedemptionKind kind;
    private final String reason;
    private final BigDecimal amount;

    public RedemptionDiscount(RedemptionKind kind, String reason, BigDecimal amount) {
        this.kind = kind;
        this.reason = reason;
        this.amount = amount;
    }

    public RedemptionKind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    /** 0.00 for free shipping and free products: their adjustment names them, the price is elsewhere. */
    public BigDecimal getAmount() {
        return amount;
    }

    @Override
    public String toString() {
        return kind + " " + reason + " " + amount.toPlainString();
    }
}
