package com.broadleafloyalty.ledger.broadleaf;

import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.PendingAward;
import com.broadleafloyalty.support.config.LoyaltySwitch;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.ActivityStateManagerImpl;

import java.util.HashMap;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Checkout activity that awards the order's points (its EARN ledger entry). It runs right after Broadleaf completes
 * (and numbers) the order; in a storefront request the entry is written with Broadleaf's final save of the order. A
 * rollback state lets a failure in any later activity cancel the award, or remove the entry again once written.
 */
public class AwardLoyaltyPointsActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    /** Rollback-state key holding this activity's {@link PendingAward}. */
    public static final String AWARD = "loyaltyAward";

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
        PendingAward award = loyaltyPointsService.awardWithCheckout(context.getSeedData().getOrder());
        // Only an award of this run may be undone; an award from an earlier completion stays.
        if (award != PendingAward.NOTHING_TO_UNDO) {
            Map<String, Object> state = new HashMap<String, Object>();
            state.put(AWARD, award);
            ActivityStateManagerImpl.getStateManager().registerState(this, context, getRollbackHandler(), state);
        }
        return context;
    }
}
