package com.broadleafloyalty.vip.broadleaf;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;

import java.util.Map;

/**
 * Closes the {@link VipPricingContext} window when pricing fails after {@link VipPricingActivity} opened it: the
 * workflow rolls back every registered state on an error, so the customer id never stays on the pooled thread.
 */
public class VipPricingRollbackHandler implements RollbackHandler<Order> {

    @Override
    public void rollbackState(Activity<? extends ProcessContext<Order>> activity, ProcessContext<Order> processContext,
            Map<String, Object> stateConfiguration) {
        VipPricingContext.end();
    }
}
