package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.ledger.domain.CompletedOrder;
import com.broadleafloyalty.support.persistence.LedgerTransactions;
import com.broadleafloyalty.support.persistence.RequestCommit;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An order's points, posted in the transaction that saves the submitted order (the request's next commit, see
 * {@link RequestCommit}): the ledger's statements commit with Broadleaf's, and an order whose final save fails earns
 * nothing. Only the steady state is written there (an account without debt, or a first award); an account in debt, an
 * order already recorded, or a write that failed is posted right after that commit in a transaction of its own, by the
 * ledger's general path, with its retries. A failing later checkout activity cancels the award before it is written;
 * once written, the checkout's rollback revokes it.
 */
final class CommitBoundAward implements RequestCommit.Work, PendingAward {

    private static final Log LOG = LogFactory.getLog(CommitBoundAward.class);

    private enum State { PENDING, CANCELLED, AFTER_COMMIT, WRITTEN }

    private final PointsLedger ledger;
    private final LedgerTransactions transactions;
    private final Long customerId;
    private final Posting posting;
    private final CompletedOrder countedOnly;
    private State state = State.PENDING;
    private Long writtenEntryId;

    private CommitBoundAward(PointsLedger ledger, LedgerTransactions transactions, Long customerId, Posting posting,
            CompletedOrder countedOnly) {
        this.ledger = ledger;
        this.transactions = transactions;
        this.customerId = customerId;
        this.posting = posting;
        this.countedOnly = countedOnly;
    }

    /** Credits {@code posting} (which also counts its order in the account's tally). */
    static CommitBoundAward crediting(PointsLedger ledger, LedgerTransactions transactions, Posting posting) {
        return new CommitBoundAward(ledger, transactions, posting.customerId, posting, null);
    }

    /** Counts an order that earned nothing in the account's tally. */
    static CommitBoundAward counting(PointsLedger ledger, LedgerTransactions transactions, Long customerId,
            CompletedOrder order) {
        return new CommitBoundAward(ledger, transactions, customerId, null, order);
    }

    @Override
    public void write() {
        if (state != State.PENDING) {
            return;
        }
        if (posting == null) {
            if (ledger.countOrderInPlace(customerId, countedOnly)) {
                state = State.WRITTEN;
            } else {
                postAfterCommit();
            }
            return;
        }
        PostingResult result = ledger.creditInPlace(posting);
        if (result == null) {
            postAfterCommit();
            return;
        }
        writtenEntryId = result.getEntry().getId();
        state = State.WRITTEN;
    }

    @Override
    public void failed(RuntimeException error) {
        LOG.warn("Points of " + describe() + " could not be written with the order (" + error
                + "); posting them right after its commit instead");
        LOG.debug("Award failure", error);
        writtenEntryId = null;
        postAfterCommit();
    }

    @Override
    public void committed() {
        // Written with the order, or posted by the synchronization registered for this commit.
    }

    @Override
    public void rolledBack() {
        if (state != State.CANCELLED) {
            state = State.PENDING;
            writtenEntryId = null;
        }
    }

    @Override
    public boolean cancel() {
        if (state == State.PENDING) {
            state = State.CANCELLED;
            return true;
        }
        return false;
    }

    @Override
    public Long getWrittenEntryId() {
        return state == State.WRITTEN ? writtenEntryId : null;
    }

    private void postAfterCommit() {
        state = State.AFTER_COMMIT;
        // Spring runs this after the commit, still inside the committing call: a transaction of its own is required.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
            @Override
            public void afterCommit() {
                postOnItsOwn();
            }
        });
    }

    private void postOnItsOwn() {
        try {
            if (posting == null) {
                transactions.runInNewTransaction(customerId, status -> ledger.countOrder(customerId, countedOnly));
                state = State.WRITTEN;
                return;
            }
            PostingResult result = transactions.runInNewTransaction(customerId, status -> ledger.credit(posting));
            writtenEntryId = PendingAward.written(result).getWrittenEntryId();
            state = State.WRITTEN;
        } catch (RuntimeException e) {
            // The order is committed; failing its checkout now would misreport it. The award is missing: say so loudly.
            LOG.error("Points of " + describe() + " were NOT posted after the order committed: award them with"
                    + " blLoyaltyPointsService.awardPointsForOrder (it writes nothing twice)", e);
        }
    }

    private String describe() {
        return posting != null ? posting.sourceType + " " + posting.sourceId : "order " + countedOnly.getOrderId();
    }
}
