package com.broadleafloyalty.challenge.service;

import com.broadleafloyalty.challenge.core.ChallengeDefinition;
import com.broadleafloyalty.support.persistence.RequestCommit;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.function.Predicate;

/**
 * Grants of a storefront checkout, written once the order's final save has committed (in transactions of their own,
 * right after it): an order whose save fails grants nothing (not even at a later commit of the same request), and a
 * failing later checkout activity cancels them before they run. A grant that fails then is only logged: the nightly job grants it.
 */
final class CommitBoundGrants implements RequestCommit.Work, PendingGrants {

    private static final Log LOG = LogFactory.getLog(CommitBoundGrants.class);

    private final ChallengeGrants grants;
    private final Predicate<Long> submitted;
    private final Long customerId;
    private final List<ChallengeDefinition> completed;
    private final Long orderId;
    private final Date now;
    private boolean cancelled;
    private boolean scheduled;

    CommitBoundGrants(ChallengeGrants grants, Predicate<Long> submitted, Long customerId, List<ChallengeDefinition> completed, Long orderId,
            Date now) {
        this.grants = grants;
        this.submitted = submitted;
        this.customerId = customerId;
        this.completed = new ArrayList<ChallengeDefinition>(completed);
        this.orderId = orderId;
        this.now = now;
    }

    @Override
    public void write() {
        if (cancelled || scheduled) {
            return;
        }
        // When the order's final save fails at its flush, this work never ran in it and runs at the request's next
        // commit instead: there, the order is not submitted, and nothing is granted.
        if (!submitted.test(orderId)) {
            cancelled = true;
            return;
        }
        scheduled = true;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
            @Override
            public void afterCommit() {
                grantAll();
            }
        });
    }

    private void grantAll() {
        for (ChallengeDefinition challenge : completed) {
            try {
                grants.grantInNewTransaction(customerId, challenge, orderId, now);
            } catch (RuntimeException e) {
                LOG.error("Challenge " + challenge.getId() + " completed by order " + orderId + " of customer "
                        + customerId + " was not granted; the nightly job grants it", e);
            }
        }
    }

    @Override
    public void failed(RuntimeException error) {
        LOG.warn("Challenge grants of order " + orderId + " were not scheduled (" + error
                + "); the nightly job grants them");
    }

    @Override
    public void committed() {
        // The synchronization registered in write() grants right after this commit.
    }

    @Override
    public void rolledBack() {
        // The order's final save failed: its order is not submitted. Unlike the award, which waits for the request's
        // next commit, a completion is not carried to an unrelated commit; the nightly job grants it if it is due.
        cancelled = true;
    }

    @Override
    public boolean cancel() {
        if (!scheduled) {
            cancelled = true;
            return true;
        }
        return false;
    }

    @Override
    public List<Long> writtenCompletionIds() {
        // Granted only after the order committed, when no checkout activity can fail any more.
        return Collections.emptyList();
    }
}
