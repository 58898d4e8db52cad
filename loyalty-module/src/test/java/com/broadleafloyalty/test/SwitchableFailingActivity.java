package com.broadleafloyalty.test;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/** A checkout activity that throws while {@link #failNextCheckout()} is armed; used to prove rollbacks. */
public class SwitchableFailingActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    private static volatile boolean armed;

    public static void failNextCheckout() {
        armed = true;
    }

    public static void disarm() {
        armed = false;
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        if (armed) {
            armed = false;
            throw new IllegalStateException("Simulated failure after the loyalty award");
        }
        return context;
    }
}
