package com.broadleafloyalty.recommend.broadleaf;

import com.broadleafloyalty.recommend.service.LoyaltyRecommendationService;
import com.broadleafloyalty.support.config.LoyaltySwitch;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import javax.annotation.Resource;

/**
 * Checkout activity (order 6300, after the order is completed and its points awarded) that feeds the completed
 * order to the recommender, so the shopper's next recommendations already reflect it. Recommendations are a nicety:
 * whatever goes wrong here is logged and never fails the checkout. Nothing is written, so there is no rollback; if a
 * later activity fails, the order stays in the live model until the next rebuild, which reads only submitted orders.
 */
public class LearnFromCompletedOrderActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    private static final Log LOG = LogFactory.getLog(LearnFromCompletedOrderActivity.class);

    @Resource(name = "blLoyaltyRecommendationService")
    protected LoyaltyRecommendationService recommendationService;

    @Resource(name = "blLoyaltySwitch")
    protected LoyaltySwitch loyaltySwitch;

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        if (loyaltySwitch != null && !loyaltySwitch.isEnabled()) {
            return context;
        }
        try {
            recommendationService.recordCompletedOrder(context.getSeedData().getOrder());
        } catch (RuntimeException e) {
            LOG.warn("Could not feed order " + context.getSeedData().getOrder().getId() + " to the recommender; "
                    + "the next rebuild will read it", e);
        }
        return context;
    }
}
