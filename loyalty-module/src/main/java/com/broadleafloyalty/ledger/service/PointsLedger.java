package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.ledger.core.AccountPosition;
import com.broadleafloyalty.ledger.core.ClawbackPolicy;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.CompletedOrder;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;

import java.util.Date;

/**
 * The only writer of balances. Every method locks the customer's account row first (so concurrent changes to one
 * account are serialized in the database, across shop nodes), is idempotent by the posting's source, and keeps
 * balance = sum of the ledger = sum of batch remainders - debt.
 */
public interface PointsLedger {

    /** EARN, BONUS, RESTORE, positive ADJUST: a new batch (after paying any debt). */
    PostingResult credit(Posting posting);

    /**
     * The steady-state credit, in the caller's open transaction, written at once without flushing its persistence
     * context (a checkout's holds the order graph): an account without debt, or the customer's first posting. Null,
     * having written nothing, when the posting needs {@link #credit} (an account in debt, the account loaded in this
     * persistence context). A source already recorded fails on the entry's unique key: the caller runs this under a
     * savepoint, rolls back to it on failure and then takes {@link #credit}, which finds the recorded entry.
     */
    PostingResult creditInPlace(Posting posting);

    /**
     * {@link #countOrder} in the caller's open transaction, without flushing its persistence context. False, having
     * written nothing, when the account is loaded in that persistence context: {@link #countOrder} then.
     */
    boolean countOrderInPlace(Long customerId, CompletedOrder order);

    /** Counts a submitted order that earned no points in the account's order tally (an award counts its own). */
    boolean countOrder(Long customerId, CompletedOrder order);

    /** REDEEM, negative ADJUST: drawn from available batches, soonest expiry first; refuses to overdraw. */
    PostingResult debit(Posting posting);

    /** CLAWBACK: from the award's own batch first, then others; the rest by policy. */
    PostingResult clawback(Posting posting, ClawbackPolicy policy);

    /** EXPIRE what is left of a due batch; nothing when already expired or spent. */
    PostingResult expire(Long batchId);

    /** Undoes an entry written by a checkout that then failed, as if it never happened. */
    void revoke(Long ledgerEntryId);

    /** Available, pending and expiring points; {@code reserved} is held by open redemptions. */
    AccountPosition position(Long customerId, long reserved);

    /** The materialized balance (0 without an account). */
    long balance(Long customerId);

    /**
     * Locks the customer's account row until the caller's transaction ends (creating the account first when it does
     * not exist): a check and a change made under it cannot interleave with any other change to the account, on any
     * shop node. Must be called inside a transaction.
     */
    void lockAccount(Long customerId);

    /** The entry a posting of this source wrote, or null. */
    PointsLedgerEntry entryFor(String sourceType, Long sourceId, PointsEntryType type);

    /**
     * The source ids already recorded under one source type and entry type, in one query: what a batch of postings
     * sharing a source type (an imported file's lines) has written so far.
     */
    java.util.Set<Long> recordedSourceIds(String sourceType, PointsEntryType type);

    /** Sum of the points of the order's entries of one type (e.g. all clawbacks so far). */
    long sumForOrder(Long orderId, PointsEntryType type);

    /** When the points a credit entry added become available, or null when the entry added no batch. */
    Date availableFrom(Long ledgerEntryId);

    /** Sum of the EARN and CLAWBACK points of the customer's orders posted since {@code from} (what tiers count). */
    long sumOrderPointsSince(Long customerId, Date from);
}
