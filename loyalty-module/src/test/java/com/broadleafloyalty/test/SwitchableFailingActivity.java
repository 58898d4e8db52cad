package com.broadleafloyalty.test;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/** A checkout activity that throws while {@link #failNextCheckout()} is armed; used to prove rollbacks. */
public class SwitchableFailingActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    private static volatile boolean armed;
    private static volatile boolean spoilOrder;

    public static void failNextCheckout() {
        armed = true;
    }

    /**
     * Lets the next checkout's workflow succeed but makes Broadleaf's final save of its order fail: the order's name
     * no longer fits its column.
     */
    public static void failNextFinalSave() {
        spoilOrder = true;
    }

    public static void disarm() {
        armed = false;
        spoilOrder = false;
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        if (spoilOrder) {
            spoilOrder = false;
            StringBuilder name = new StringBuilder();
            while (name.length() < 300) {
                name.append("too long ");
            }
            context.getSeedData().getOrder().setName(name.toString());
        }
        if (armed) {
            armed = false;
            throw new IllegalStateException("Simulated failure after the loyalty award");
        }
        return context;
    }
}
