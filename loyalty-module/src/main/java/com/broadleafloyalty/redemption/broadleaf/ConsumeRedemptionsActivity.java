package com.broadleafloyalty.redemption.broadleaf;

import com.broadleafloyalty.redemption.service.FreeLines;
import com.broadleafloyalty.redemption.service.RedemptionOffers;
import com.broadleafloyalty.redemption.service.RedemptionService;
import com.broadleafloyalty.support.config.LoyaltySwitch;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.offer.domain.OrderAdjustment;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.ActivityStateManagerImpl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Checkout activity (6050, just before the award): consumes the order's redemptions, points and rewards, exactly
 * once. An order without a redemption adjustment or a zero-priced reward line passes without a query. Any later
 * failure gives the points and the stock back ({@link ConsumeRedemptionsRollbackHandler}).
 */
public class ConsumeRedemptionsActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    public static final String REDEMPTION_IDS = "loyaltyRedemptionIds";

    @Resource(name = "blLoyaltyRedemptionService")
    protected RedemptionService redemptionService;

    @Resource(name = "blLoyaltySwitch")
    protected LoyaltySwitch loyaltySwitch;

    @Override
    public boolean shouldExecute(ProcessContext<CheckoutSeed> context) {
        return loyaltySwitch.isEnabled();
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        if (!carriesRedemptions(order)) {
            return context;
        }
        List<Long> consumed = redemptionService.consume(order);
        if (!consumed.isEmpty()) {
            Map<String, Object> state = new HashMap<String, Object>();
            state.put(REDEMPTION_IDS, consumed);
            ActivityStateManagerImpl.getStateManager().registerState(this, context, getRollbackHandler(), state);
        }
        return context;
    }

    static boolean carriesRedemptions(Order order) {
        for (OrderAdjustment adjustment : order.getOrderAdjustments()) {
            if (RedemptionOffers.kindOf(adjustment) != null) {
                return true;
            }
        }
        for (OrderItem item : order.getOrderItems()) {
            if (FreeLines.isFreeLine(item)) {
                return true;
            }
        }
        return false;
    }
}
