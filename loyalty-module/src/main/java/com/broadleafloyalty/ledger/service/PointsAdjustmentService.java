package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.ledger.core.AmountRefusedException;
import com.broadleafloyalty.ledger.core.InputLimits;
import com.broadleafloyalty.ledger.core.InsufficientPointsException;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.dao.PointsLedgerDao;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import org.broadleafcommerce.profile.core.domain.Customer;
import com.broadleafloyalty.support.config.InputMessages;
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

    @Resource(name = "blLoyaltyInputLimits")
    protected InputLimits limits;

    @Resource(name = "blLoyaltyInputMessages")
    protected InputMessages inputMessages;

    public PointsLedgerEntry adjust(Long customerId, String pointsInput, String reason, String adminLogin) {
        Customer customer = customerId == null ? null : customerService.readCustomerById(customerId);
        if (customer == null) {
            throw new AdjustmentRefusedException("There is no customer " + customerId + ".");
        }
        long points = parse(pointsInput);
        if (reason == null || reason.trim().isEmpty()) {
            throw new AdjustmentRefusedException("Give a reason for the adjustment.");
        }
        if (reason.trim().length() > InputLimits.REASON_LENGTH) {
            throw new AdjustmentRefusedException(inputMessages.text("loyalty.input.reason.tooLong",
                    InputLimits.REASON_LENGTH, reason.trim().length()));
        }
        if (adminLogin == null || adminLogin.trim().isEmpty()) {
            throw new AdjustmentRefusedException("Only a logged-in admin user can adjust points.");
        }
        // A new id from the ledger's own id table for every adjustment: unique across shop nodes by construction.
        Posting posting = Posting.of(customerId, PointsEntryType.ADJUST, Math.abs(points), PointsLedgerEntry.SOURCE_ADMIN,
                entries.newSourceId())
                .reason(reason.trim()).actor(adminLogin.trim());
        try {
            return points > 0 ? ledger.credit(posting).getEntry() : ledger.debit(posting).getEntry();
        } catch (InsufficientPointsException e) {
            throw new AdjustmentRefusedException("The customer has only " + e.getAvailable()
                    + " points available; cannot take " + e.getRequested() + ".");
        }
    }

    /** ASCII digits with an optional sign, not 0, at most loyalty.limit.adjustment.points either way. */
    long parse(String input) {
        String text = input == null ? "" : input.trim();
        try {
            return limits.adjustment().parse(text);
        } catch (AmountRefusedException e) {
            switch (e.getProblem()) {
                case ZERO:
                    throw new AdjustmentRefusedException("An adjustment must add or remove at least one point.");
                case ABOVE_LIMIT:
                    throw new AdjustmentRefusedException(inputMessages.text("loyalty.input.adjustment.aboveLimit",
                            limits.getAdjustmentPoints()));
                default:
                    throw new AdjustmentRefusedException(
                            "'" + text + "' is not a whole number of points (e.g. 50 or -20).");
            }
        }
    }
}
