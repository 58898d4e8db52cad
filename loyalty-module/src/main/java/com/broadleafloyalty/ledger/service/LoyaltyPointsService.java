package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import org.broadleafcommerce.core.order.domain.Order;

import java.math.BigDecimal;
import java.util.List;

/** The door to the points ledger for checkout, the storefront, the admin and jobs. */
public interface LoyaltyPointsService {

    /** The merchandise amount that earns points: subtotal after item and order discounts, without shipping or tax. */
    BigDecimal qualifyingAmount(Order order);

    /** Points the order would earn if it were checked out now (shown in the cart). */
    long previewPoints(Order order);

    /**
     * Writes the EARN entry for a completed order of a registered customer. Returns the entry written, or
     * null when there is nothing to award (guest order, zero points). Awarding an order that already has its
     * EARN entry returns the existing entry and writes nothing.
     */
    PointsLedgerEntry awardPointsForOrder(Order order);

    /**
     * The same award for the checkout activity: tells whether this call wrote the entry (only then may a rollback
     * remove it). Null when there is nothing to award.
     */
    PostingResult awardOrder(Order order);

    /**
     * The award for the checkout activity, posted with the checkout: in a storefront request, in the transaction of
     * Broadleaf's final save of the submitted order; otherwise at once, as {@link #awardOrder}. The checkout's
     * rollback cancels or revokes it through the returned award.
     */
    PendingAward awardWithCheckout(Order order);

    /** Removes an EARN entry again; used when the checkout that wrote it rolls back. */
    void revokeAward(Long ledgerEntryId);

    long getBalance(Long customerId);

    /** Newest first. */
    List<PointsLedgerEntry> getLedger(Long customerId);

    /**
     * One page of the customer's ledger, newest first, each line with its order's number; {@code page} from 1 (a page
     * past the last gives the last).
     */
    LedgerPage ledgerPage(Long customerId, int page, int pageSize);

    /** Points the order earned, or 0 when it earned none. */
    long pointsEarnedForOrder(Long orderId);
}
