package com.broadleafloyalty.history.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What counts as a purchase in an order-history file, in one place, so the replay, the recommender and RFM agree.
 * Every policy drops: a line written twice on one invoice (counted once); bad-debt adjustments (invoice A...); guest
 * lines (no CustomerID: no account to credit or learn about); fees and services (a stock code without a leading
 * digit: POST, D, M, DOT, C2, BANK CHARGES, AMAZONFEE, ...); lines whose unit price is not above zero once in whole
 * pence (the shop charges pence, rounded half-even as Broadleaf rounds money); and lines whose quantity has the
 * wrong sign for the invoice (a sale of zero or fewer units, a credit note line of zero or more: stock corrections).
 * Kept lines carry their unit price in whole pence. The policies differ only in what they do with credit notes
 * (invoice C...).
 */
public enum CleaningPolicy {

    /** Sales only; credit notes are left out, not netted. Read by the recommender, evaluate, the benchmark and RFM. */
    PURCHASES_ONLY(false),

    /** Sales, and credit notes as returns of earlier sales. Read by the replay, which places both. */
    PURCHASES_AND_CANCELLATIONS_AS_RETURNS(true);

    /** Whole pence. */
    static final int PRICE_SCALE = 2;

    private final boolean keepsCancellations;

    CleaningPolicy(boolean keepsCancellations) {
        this.keepsCancellations = keepsCancellations;
    }

    public boolean keepsCancellations() {
        return keepsCancellations;
    }

    /** Why a line (not a repeat) is left out, or {@link LeftOut#KEPT}. */
    public LeftOut judge(OrderLine line) {
        if (line.isAdjustment()) {
            return LeftOut.ADJUSTMENT;
        }
        if (line.getCustomerId().isEmpty()) {
            return LeftOut.GUEST;
        }
        if (line.isCancellation() && !keepsCancellations) {
            return LeftOut.CANCELLATION;
        }
        if (!line.isMerchandise()) {
            return LeftOut.FEE;
        }
        if (priceInPence(line.getUnitPrice()).signum() <= 0) {
            return LeftOut.UNPRICED;
        }
        if (line.isCancellation() ? line.getQuantity() >= 0 : line.getQuantity() <= 0) {
            return LeftOut.WRONG_SIGN;
        }
        return LeftOut.KEPT;
    }

    /** The line as kept: its unit price in whole pence. */
    static OrderLine kept(OrderLine line) {
        BigDecimal pence = priceInPence(line.getUnitPrice());
        return pence.equals(line.getUnitPrice()) ? line : line.withUnitPrice(pence);
    }

    static BigDecimal priceInPence(BigDecimal price) {
        return price.setScale(PRICE_SCALE, RoundingMode.HALF_EVEN);
    }

    /** The reasons a line is left out, in the order they are checked. */
    public enum LeftOut {
        KEPT, ADJUSTMENT, GUEST, CANCELLATION, FEE, UNPRICED, WRONG_SIGN
    }
}
