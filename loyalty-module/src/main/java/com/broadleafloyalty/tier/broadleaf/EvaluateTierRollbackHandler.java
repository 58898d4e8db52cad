package com.broadleafloyalty.tier.broadleaf;

import com.broadleafloyalty.tier.service.LoyaltyTierService;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.RollbackFailureException;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;

import java.math.BigDecimal;
import java.util.Map;

import javax.annotation.Resource;

/** Undoes what {@link EvaluateTierActivity} recorded when a later checkout activity fails. */
public class EvaluateTierRollbackHandler implements RollbackHandler<CheckoutSeed> {

    @Resource(name = "blLoyaltyTierService")
    protected LoyaltyTierService tierService;

    @Override
    public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity,
            ProcessContext<CheckoutSeed> processContext, Map<String, Object> state) throws RollbackFailureException {
        tierService.undoOrder((Long) state.get(EvaluateTierActivity.CUSTOMER_ID), (Long) state.get(EvaluateTierActivity.ORDER_ID),
                (Long) state.get(EvaluateTierActivity.POINTS), (BigDecimal) state.get(EvaluateTierActivity.SPEND));
    }
}
