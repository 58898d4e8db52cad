package com.broadleafloyalty.ledger.dao;

import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.BatchDebit;
import com.broadleafloyalty.ledger.domain.CompletedOrder;
import com.broadleafloyalty.ledger.domain.EarnedBatch;
import com.broadleafloyalty.ledger.domain.LoyaltyAccount;
import com.broadleafloyalty.ledger.service.OrderTally;

import java.util.Date;
import java.util.List;

/** Accounts, their earned batches and the batch debits of each ledger entry. */
public interface LoyaltyAccountDao {

    LoyaltyAccount readAccount(Long customerId);

    /** Reads the account with a row lock held until the transaction ends (a version-bumping UPDATE). */
    LoyaltyAccount readAccountForUpdate(Long customerId);

    /**
     * In one UPDATE: locks the account row and adds {@code points} to its balance, provided the account exists, owes
     * no debt and has no ledger entry of this source yet; {@code order}, when given, is counted in the account's order
     * tally by the same statement. False (nothing changed) otherwise, or when this persistence context holds the
     * account already: then the caller takes the general path.
     */
    boolean creditIfDebtFree(Long customerId, long points, String sourceType, Long sourceId, PointsEntryType entryType,
            CompletedOrder order);

    /**
     * The checkout's credit, written in the transaction that saves the order, for an entry the caller inserts next:
     * {@link #creditIfDebtFree} without its source check, falling back to {@link #createWithCredit} for a customer
     * without an account. A duplicate source is refused by the entry's unique key instead, so the caller must run
     * this and the entry insert under a savepoint that undoes the credit when that insert fails. False (nothing
     * written) when the account is in debt or loaded in this persistence context.
     */
    boolean creditBeforeEntry(Long customerId, long points, CompletedOrder order);

    /**
     * In one INSERT: creates the customer's account already holding {@code points} (and {@code order} in its tally),
     * provided the customer has no account yet. False (nothing written) when the account exists. When another node
     * creates it at the same moment, the unique key on the customer refuses one of the two inserts.
     */
    boolean createWithCredit(Long customerId, long points, CompletedOrder order);

    /**
     * Counts an order that earned no points in the account's tally (creating the account when missing), unless the
     * tally's last order is this one already. False when nothing changed.
     */
    boolean countOrder(Long customerId, CompletedOrder order);

    /** Whether the current persistence context holds this customer's account (no SQL). */
    boolean isLoaded(Long customerId);

    LoyaltyAccount createAccount(Long customerId);

    List<LoyaltyAccount> readAllAccounts();

    EarnedBatch newBatch();

    EarnedBatch saveBatch(EarnedBatch batch);

    EarnedBatch readBatch(Long batchId);

    /** Every batch of the customer that still holds points. */
    List<EarnedBatch> readOpenBatches(Long customerId);

    EarnedBatch readBatchForEntry(Long ledgerEntryId);

    /** Batches with points left whose expiry is at or before {@code now}. */
    List<EarnedBatch> readDueBatches(Date now, int limit);

    /** Batches with points left expiring in [from, until) whose reminder has not been sent. */
    List<EarnedBatch> readBatchesToRemind(Date from, Date until, int limit);

    long sumRemaining(Long customerId);

    /** Flags a batch as reminded; false when another node (or run) flagged it first. */
    boolean markReminded(Long batchId);

    /** Clears the flag again after a failed send, so the next run retries. */
    void unmarkReminded(Long batchId);

    BatchDebit saveDebit(Long ledgerEntryId, Long batchId, long points);

    List<BatchDebit> readDebits(Long ledgerEntryId);

    void deleteDebits(Long ledgerEntryId);

    void deleteBatch(EarnedBatch batch);

    /** Every account's order tally with at least one order, by customer id. */
    List<OrderTally> readAllTallies();

    /** See {@link com.broadleafloyalty.ledger.service.OrderTallyService#correct}. */
    void correctTally(Long customerId, OrderTally truth, Date runStart);
}
