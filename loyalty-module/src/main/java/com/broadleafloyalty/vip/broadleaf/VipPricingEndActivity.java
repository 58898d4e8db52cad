package com.broadleafloyalty.vip.broadleaf;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/** Pricing, just after Broadleaf's offer activity: closes the {@link VipPricingContext} window. */
public class VipPricingEndActivity extends BaseActivity<ProcessContext<Order>> {

    @Override
    public ProcessContext<Order> execute(ProcessContext<Order> context) throws Exception {
        VipPricingContext.end();
        return context;
    }
}
