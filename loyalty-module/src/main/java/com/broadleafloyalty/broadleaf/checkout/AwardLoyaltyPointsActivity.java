package com.broadleafloyalty.broadleaf.checkout;

import com.broadleafloyalty.broadleaf.config.LoyaltySwitch;
import com.broadleafloyalty.ledger.service.PostingResult;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.ActivityStateManagerImpl;

import java.util.HashMap;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Checkout activity that writes the order's EARN ledger entry. It runs right after Broadleaf completes (and numbers) the
 * order, and registers a rollback state so a failure in any later activity removes the entry again.
 */
public class AwardLoyaltyPointsActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    /** Rollback-state key holding the id of the ledger entry this activity wrote. */
    public static final String AWARDED_ENTRY_ID = "loyaltyAwardedEntryId";

    @Resource(name = "blLoyaltyPointsService")
    protected LoyaltyPointsService loyaltyPointsService;

    @Resource(name = "blLoyaltySwitch")
    protected LoyaltySwitch loyaltySwitch;

    @Override
    public boolean shouldExecute(ProcessContext<CheckoutSeed> context) {
        return loyaltySwitch.isEnabled();
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        PostingResult result = loyaltyPointsService.awardOrder(context.getSeedData().getOrder());
        // Only an entry this run wrote may be rolled back; an award from an earlier completion stays.
        if (result != null && result.getEntry() != null && !result.isAlreadyRecorded()) {
            Map<String, Object> state = new HashMap<String, Object>();
            state.put(AWARDED_ENTRY_ID, result.getEntry().getId());
            ActivityStateManagerImpl.getStateManager().registerState(this, context, getRollbackHandler(), state);
        }
        return context;
    }
}
