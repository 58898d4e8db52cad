package com.broadleafloyalty.demo.seed;

import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/**
 * Checkout activity (order 6010: after Broadleaf's CompleteOrderActivity numbers the order at 6000, before the
 * loyalty award reads the submit date at 6100) that dates the order by the shop's clock, Broadleaf's
 * {@code SystemTime}, where Broadleaf 3.1 uses the wall clock. Nothing changes in a running shop (both clocks agree);
 * the demo's seeded history and the replay move the shop's clock to each order's past date, so orders, ledger
 * entries, pending periods and tier windows all carry that date.
 */
public class ShopClockSubmitDateActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        context.getSeedData().getOrder().setSubmitDate(SystemTime.asDate());
        return context;
    }
}
