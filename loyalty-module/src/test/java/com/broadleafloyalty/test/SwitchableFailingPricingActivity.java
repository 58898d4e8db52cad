package com.broadleafloyalty.test;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/**
 * A pricing activity just after Broadleaf's offers (1000) and before the VIP window closes (6010): throws while
 * {@link #failNextPricing()} is armed, to prove nothing of a failed pricing stays behind on the thread.
 */
public class SwitchableFailingPricingActivity extends BaseActivity<ProcessContext<Order>> {

    private static volatile boolean armed;

    public static void failNextPricing() {
        armed = true;
    }

    public static void disarm() {
        armed = false;
    }

    @Override
    public ProcessContext<Order> execute(ProcessContext<Order> context) throws Exception {
        if (armed) {
            armed = false;
            throw new IllegalStateException("Simulated pricing failure after the offers");
        }
        return context;
    }
}
