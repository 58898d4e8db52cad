package com.broadleafloyalty.segment.checkout;

import com.broadleafloyalty.broadleaf.config.LoyaltySwitch;
import com.broadleafloyalty.segment.service.CustomerSegmentService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import javax.annotation.Resource;

/**
 * Checkout activity (order 6350, after the order is completed at 6000) that adds the order to its customer's RFM
 * row and rescores them against the stored cut points: one SELECT and one UPDATE (or INSERT) per checkout.
 * Segments are a nicety for the checkout: a failure here is logged and never fails the order; the nightly full
 * recompute, which reads submitted orders only, repairs any row (also after a later activity fails the checkout).
 */
public class UpdateCustomerSegmentActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    private static final Log LOG = LogFactory.getLog(UpdateCustomerSegmentActivity.class);

    @Resource(name = "blLoyaltyCustomerSegmentService")
    protected CustomerSegmentService segmentService;

    @Resource(name = "blLoyaltySwitch")
    protected LoyaltySwitch loyaltySwitch;

    @Override
    public boolean shouldExecute(ProcessContext<CheckoutSeed> context) {
        return loyaltySwitch == null || loyaltySwitch.isEnabled();
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        try {
            segmentService.recordCompletedOrder(context.getSeedData().getOrder());
        } catch (RuntimeException e) {
            LOG.warn("Could not update the RFM segment after order " + context.getSeedData().getOrder().getId()
                    + "; the next full recompute will count it", e);
        }
        return context;
    }
}
