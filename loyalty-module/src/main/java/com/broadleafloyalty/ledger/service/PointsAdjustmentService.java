package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.ledger.core.InsufficientPointsException;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.dao.PointsLedgerDao;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

import javax.annotation.Resource;

/**
 * An admin's manual adjustment of a customer's points: a positive or negative whole number, a reason, and the admin
 * who did it, all on the ADJUST ledger entry. Bad input is refused with a sentence and nothing is written.
 */
public class PointsAdjustmentService {

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blLoyaltyPointsLedgerDao")
    protected PointsLedgerDao entries;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

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
        Customer customer = customerId == null ? null : customerService.readCustomerById(customerId);
        if (customer == null) {
            throw new AdjustmentRefusedException("There is no customer " + customerId + ".");
        }
        long points = parse(pointsInput);
        if (reason == null || reason.trim().isEmpty()) {
            throw new AdjustmentRefusedException("Give a reason for the adjustment.");
        }
        if (adminLogin == null || adminLogin.trim().isEmpty()) {
            throw new AdjustmentRefusedException("Only a logged-in admin user can adjust points.");
        }
        Posting posting = Posting.of(customerId, PointsEntryType.ADJUST, Math.abs(points), sourceType,
                sourceId == null ? entries.newSourceId() : sourceId)
                .reason(reason.trim()).actor(adminLogin.trim());
        try {
            return points > 0 ? ledger.credit(posting) : ledger.debit(posting);
        } catch (InsufficientPointsException e) {
            throw new AdjustmentRefusedException("The customer has only " + e.getAvailable()
                    + " points available; cannot take " + e.getRequested() + ".");
        }
    }

    static long parse(String input) {
        String text = input == null ? "" : input.trim();
        long points;
        try {
            points = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            throw new AdjustmentRefusedException("'" + text + "' is not a whole number of points (e.g. 50 or -20).");
        }
        if (points == 0) {
            throw new AdjustmentRefusedException("An adjustment must add or remove at least one point.");
        }
        return points;
    }
}
