package com.broadleafloyalty.vip.broadleaf;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/**
 * Pricing, just after Broadleaf's shipping offer activity (6000): closes the {@link VipPricingContext} window, which
 * so covers both passes in which Broadleaf builds the order's offer list (order and item offers at 1000, shipping
 * offers at 6000).
 */
public class VipPricingEndActivity extends BaseActivity<ProcessContext<Order>> {

    @Override
    public ProcessContext<Order> execute(ProcessContext<Order> context) throws Exception {
        VipPricingContext.end();
        return context;
    }
}
