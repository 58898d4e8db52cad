package com.broadleafloyalty.ledger.broadleaf;

import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.PendingAward;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.RollbackFailureException;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;

import java.util.Map;

import javax.annotation.Resource;

/** Removes the EARN entry written by {@link AwardLoyaltyPointsActivity} when a later checkout activity fails. */
public class AwardLoyaltyPointsRollbackHandler implements RollbackHandler<CheckoutSeed> {

    @Resource(name = "blLoyaltyPointsService")
    protected LoyaltyPointsService loyaltyPointsService;

    @Override
    public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity,
            ProcessContext<CheckoutSeed> processContext, Map<String, Object> stateConfiguration)
            throws RollbackFailureException {
        PendingAward award = (PendingAward) stateConfiguration.get(AwardLoyaltyPointsActivity.AWARD);
        if (award == null || award.cancel()) {
            return;
        }
        Long entryId = award.getWrittenEntryId();
        if (entryId != null) {
            loyaltyPointsService.revokeAward(entryId);
        }
    }
}
