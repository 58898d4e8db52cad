package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.audit.core.AuditKind;
import com.broadleafloyalty.audit.core.AuditedChange;
import com.broadleafloyalty.audit.service.AuditTrail;
import com.broadleafloyalty.ledger.core.AmountRefusedException;
import com.broadleafloyalty.ledger.core.InputLimits;
import com.broadleafloyalty.ledger.core.InsufficientPointsException;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.dao.PointsLedgerDao;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.support.persistence.LedgerTransactions;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

import javax.annotation.Resource;

/**
 * An admin's manual adjustment of a customer's points: a positive or negative whole number, a reason, and the admin
 * who did it, all on the ADJUST ledger entry, and an audit row (the balance before and after) in the same
 * transaction. Bad input is refused (a message key for the admin's language) and nothing is written.
 */
public class PointsAdjustmentService {

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blLoyaltyPointsLedgerDao")
    protected PointsLedgerDao entries;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blLoyaltyInputLimits")
    protected InputLimits limits;

    @Resource(name = "blLoyaltyLedgerTransactions")
    protected LedgerTransactions transactions;

    @Resource(name = "blLoyaltyAuditTrail")
    protected AuditTrail audit;

    public PointsLedgerEntry adjust(Long customerId, String pointsInput, String reason, String adminLogin) {
        // A new id from the ledger's own id table for every adjustment: unique across shop nodes by construction.
        return adjust(customerId, pointsInput, reason, adminLogin, PointsLedgerEntry.SOURCE_ADMIN, null).getEntry();
    }

    /**
     * The same adjustment with a caller-chosen source (an API call's Idempotency-Key): posting it again returns the
     * first entry ({@link PostingResult#isAlreadyRecorded()}); the same source for another customer is refused by the
     * ledger with {@link PostingConflictException}. A null {@code sourceId} takes a new one.
     */
    public PostingResult adjust(Long customerId, String pointsInput, String reason, String adminLogin,
            String sourceType, Long sourceId) {
        long points = check(customerId, pointsInput, reason, adminLogin);
        Posting posting = Posting.of(customerId, PointsEntryType.ADJUST, Math.abs(points), sourceType,
                sourceId == null ? entries.newSourceId() : sourceId)
                .reason(reason.trim()).actor(adminLogin.trim());
        try {
            return transactions.run(customerId, status -> post(posting, points));
        } catch (InsufficientPointsException e) {
            throw new AdjustmentRefusedException("loyalty.adjust.notEnoughPoints", e.getAvailable(), e.getRequested());
        }
    }

    /**
     * The points of a valid adjustment request: a known customer, a whole number within the limits, a reason and an
     * admin. Anything else is refused with {@link AdjustmentRefusedException}; nothing is read beyond the customer.
     */
    public long check(Long customerId, String pointsInput, String reason, String adminLogin) {
        Customer customer = customerId == null ? null : customerService.readCustomerById(customerId);
        if (customer == null) {
            throw new AdjustmentRefusedException("loyalty.adjust.unknownCustomer", String.valueOf(customerId));
        }
        long points = parse(pointsInput);
        if (reason == null || reason.trim().isEmpty()) {
            throw new AdjustmentRefusedException("loyalty.adjust.reasonMissing");
        }
        if (reason.trim().length() > InputLimits.REASON_LENGTH) {
            throw new AdjustmentRefusedException("loyalty.input.reason.tooLong", InputLimits.REASON_LENGTH,
                    reason.trim().length());
        }
        if (adminLogin == null || adminLogin.trim().isEmpty()) {
            throw new AdjustmentRefusedException("loyalty.adjust.adminRequired");
        }
        return points;
    }

    /** Posts the adjustment and audits it, in one transaction; a replayed posting (same source) audits nothing. */
    private PostingResult post(Posting posting, long points) {
        PostingResult result = points > 0 ? ledger.credit(posting) : ledger.debit(posting);
        if (!result.isAlreadyRecorded()) {
            long after = ledger.balance(posting.customerId);
            audit.record(posting.actor, AuditedChange.of(AuditKind.POINTS_ADJUSTED, "Customer", posting.customerId)
                    .before("balance", after - points)
                    .after("balance", after).after("points", points).after("reason", posting.reason)
                    .after("ledgerEntry", result.getEntry().getId()));
        }
        return result;
    }

    /** ASCII digits with an optional sign, not 0, at most loyalty.limit.adjustment.points either way. */
    long parse(String input) {
        String text = input == null ? "" : input.trim();
        try {
            return limits.adjustment().parse(text);
        } catch (AmountRefusedException e) {
            switch (e.getProblem()) {
                case ZERO:
                    throw new AdjustmentRefusedException("loyalty.adjust.zero");
                case ABOVE_LIMIT:
                    throw new AdjustmentRefusedException("loyalty.input.adjustment.aboveLimit",
                            limits.getAdjustmentPoints());
                default:
                    throw new AdjustmentRefusedException("loyalty.adjust.notANumber", text);
            }
        }
    }
}
