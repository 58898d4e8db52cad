package com.broadleafloyalty.challenge.service;

import com.broadleafloyalty.challenge.core.ChallengeDefinition;
import com.broadleafloyalty.challenge.dao.ChallengeDao;
import com.broadleafloyalty.challenge.domain.ChallengeCompletion;
import com.broadleafloyalty.challenge.domain.ChallengeCompletionImpl;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.service.LoyaltyProgram;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.PostingResult;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.support.persistence.LedgerTransactions;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.sql.SQLException;
import java.util.Date;

import javax.annotation.Resource;

/**
 * Writes a completion and its bonus in one transaction: the completion row first (its unique key on challenge and
 * customer refuses a second grant, from a concurrent run or another node), then the ledger BONUS keyed by that row.
 * A grant that loses that race writes nothing and is not an error.
 */
public class ChallengeGrants {

    private static final Log LOG = LogFactory.getLog(ChallengeGrants.class);

    @Resource(name = "blLoyaltyChallengeDao")
    protected ChallengeDao dao;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blLoyaltyProgram")
    protected LoyaltyProgram program;

    @Resource(name = "blLoyaltyLedgerTransactions")
    protected LedgerTransactions transactions;

    /** Grants in a transaction (joining the caller's); the completion's id, or null when it was already granted. */
    public Long grant(Long customerId, ChallengeDefinition challenge, Long orderId, Date now) {
        try {
            return transactions.run(customerId, status -> write(customerId, challenge, orderId, now));
        } catch (RuntimeException e) {
            return lostTheRace(e, customerId, challenge);
        }
    }

    /** {@link #grant} in a transaction of its own, for work after the order's commit. */
    public Long grantInNewTransaction(Long customerId, ChallengeDefinition challenge, Long orderId, Date now) {
        try {
            return transactions.runInNewTransaction(customerId, status -> write(customerId, challenge, orderId, now));
        } catch (RuntimeException e) {
            return lostTheRace(e, customerId, challenge);
        }
    }

    /** Takes back a grant of a checkout that then failed: its bonus entry, then the completion. */
    public void undo(Long completionId) {
        ChallengeCompletion completion = transactions.run(null, status -> dao.readCompletion(completionId));
        if (completion == null) {
            return;
        }
        if (completion.getLedgerEntryId() != null) {
            ledger.revoke(completion.getLedgerEntryId());
        }
        transactions.run(completion.getCustomerId(), status -> {
            dao.deleteCompletion(completionId);
            return null;
        });
    }

    private Long write(Long customerId, ChallengeDefinition challenge, Long orderId, Date now) {
        ChallengeCompletion completion = dao.insertCompletion(
                new ChallengeCompletionImpl(challenge.getId(), customerId, now, orderId));
        if (challenge.getBonusPoints() > 0) {
            PostingResult result = ledger.credit(Posting.of(customerId, PointsEntryType.BONUS,
                    challenge.getBonusPoints(), ChallengeService.SOURCE_CHALLENGE, completion.getId())
                    .reason("Challenge " + challenge.getId() + " completed")
                    .availability(now, program.expiresAt(now)));
            completion.setLedgerEntryId(result.getEntry().getId());
        }
        return completion.getId();
    }

    private static Long lostTheRace(RuntimeException e, Long customerId, ChallengeDefinition challenge) {
        if (!isUniqueKeyViolation(e)) {
            throw e;
        }
        LOG.debug("Challenge " + challenge.getId() + " was already granted to customer " + customerId);
        return null;
    }

    /** SQL state class 23 (integrity constraint violation) anywhere in the cause chain. */
    static boolean isUniqueKeyViolation(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException) {
                String state = ((SQLException) t).getSQLState();
                if (state != null && state.startsWith("23")) {
                    return true;
                }
            }
        }
        return false;
    }
}
