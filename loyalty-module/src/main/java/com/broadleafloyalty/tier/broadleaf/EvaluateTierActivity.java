package com.broadleafloyalty.tier.broadleaf;

import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.support.config.LoyaltySwitch;
import com.broadleafloyalty.tier.service.LoyaltyTierService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.ActivityStateManagerImpl;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Checkout activity after the award (6100): adds the order to the customer's tier window and upgrades at once when
 * a threshold is crossed. The order's points are the award's, recomputed in memory (the multiplier lookup is
 * answered by the persistence context), so no ledger read is needed. A failure here is logged, never fails the
 * order: the nightly job recomputes the window exactly. When a later activity fails the checkout, its rollback
 * handler takes the order out again and reverts the upgrade.
 */
public class EvaluateTierActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    static final String CUSTOMER_ID = "loyaltyTierCustomerId";
    static final String ORDER_ID = "loyaltyTierOrderId";
    static final String POINTS = "loyaltyTierPoints";
    static final String SPEND = "loyaltyTierSpend";

    private static final Log LOG = LogFactory.getLog(EvaluateTierActivity.class);

    @Resource(name = "blLoyaltyTierService")
    protected LoyaltyTierService tierService;

    @Resource(name = "blLoyaltyPointsService")
    protected LoyaltyPointsService loyaltyPointsService;

    @Resource(name = "blLoyaltySwitch")
    protected LoyaltySwitch loyaltySwitch;

    @Override
    public boolean shouldExecute(ProcessContext<CheckoutSeed> context) {
        return loyaltySwitch.isEnabled();
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        Customer customer = order.getCustomer();
        if (customer == null || !customer.isRegistered() || tierService.ladder().isEmpty()) {
            return context;
        }
        try {
            long points = loyaltyPointsService.previewPoints(order);
            // What the shopper paid for merchandise (after discounts and points), the base earning counts too.
            BigDecimal spend = loyaltyPointsService.qualifyingAmount(order);
            if (tierService.recordOrder(customer.getId(), order.getId(), points, spend) != null) {
                Map<String, Object> state = new HashMap<String, Object>();
                state.put(CUSTOMER_ID, customer.getId());
                state.put(ORDER_ID, order.getId());
                state.put(POINTS, points);
                state.put(SPEND, spend);
                ActivityStateManagerImpl.getStateManager().registerState(this, context, getRollbackHandler(), state);
            }
        } catch (RuntimeException e) {
            LOG.error("Tier evaluation after order " + order.getId() + " failed; the nightly job catches up", e);
        }
        return context;
    }
}
