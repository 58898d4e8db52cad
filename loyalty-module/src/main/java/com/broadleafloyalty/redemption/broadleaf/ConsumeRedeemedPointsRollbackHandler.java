package com.broadleafloyalty.redemption.broadleaf;

import com.broadleafloyalty.redemption.service.PointsRedemptionService;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.RollbackFailureException;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;

import java.util.Map;

import javax.annotation.Resource;

/** A checkout that failed after the points were debited gets them back, and the reservation is released. */
public class ConsumeRedeemedPointsRollbackHandler implements RollbackHandler<CheckoutSeed> {

    @Resource(name = "blLoyaltyPointsRedemptionService")
    protected PointsRedemptionService redemptionService;

    @Override
    public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity,
            ProcessContext<CheckoutSeed> processContext, Map<String, Object> state) throws RollbackFailureException {
        redemptionService.undoConsumption((Long) state.get(ConsumeRedeemedPointsActivity.ORDER_ID),
                (Long) state.get(ConsumeRedeemedPointsActivity.ENTRY_ID));
    }
}
