package com.broadleafloyalty.redemption.service;

import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.redemption.domain.PointsRedemption;
import org.broadleafcommerce.core.order.domain.Order;

/**
 * Points applied in a cart become a discount Broadleaf's pricing sees. Applying reserves the points (they cannot be
 * used twice); checkout consumes them; removing, a failed checkout or an abandoned cart releases them.
 */
public interface PointsRedemptionService {

    /**
     * Applies {@code pointsInput} (what the shopper typed) to the cart, replacing any earlier amount, and reprices
     * the cart. Refusals throw {@link com.broadleafloyalty.redemption.core.RedemptionRefusedException} and change nothing.
     */
    Order apply(Order cart, String pointsInput);

    /** Removes the cart's redemption (the points are free again) and reprices the cart. */
    Order remove(Order cart);

    /** The order's current RESERVED or CONSUMED redemption, or null. */
    PointsRedemption redemptionFor(Long orderId);

    /** Points the shopper can still apply to this cart (available minus reservations on other carts). */
    long availableFor(Order cart);

    /** Checkout: debits the reserved points (REDEEM entry). Null when the order redeems nothing. */
    PointsLedgerEntry consume(Order order);

    /** Checkout rolled back: the REDEEM entry is undone and the reservation released. */
    void undoConsumption(Long orderId, Long ledgerEntryId);

    /** Releases reservations older than the configured timeout; returns how many. */
    int releaseAbandoned();
}
