package com.broadleafloyalty.redemption.broadleaf;

import com.broadleafloyalty.redemption.service.RedemptionService;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.RollbackFailureException;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;

import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

/** A checkout that failed after its redemptions were consumed gets their points and stock back; they are released. */
public class ConsumeRedemptionsRollbackHandler implements RollbackHandler<CheckoutSeed> {

    @Resource(name = "blLoyaltyRedemptionService")
    protected RedemptionService redemptionService;

    @Override
    @SuppressWarnings("unchecked")
    public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity,
            ProcessContext<CheckoutSeed> processContext, Map<String, Object> state) throws RollbackFailureException {
        redemptionService.undoConsumption((List<Long>) state.get(ConsumeRedemptionsActivity.REDEMPTION_IDS));
    }
}
