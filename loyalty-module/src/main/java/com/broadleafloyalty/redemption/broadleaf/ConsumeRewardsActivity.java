package com.broadleafloyalty.redemption.broadleaf;

import com.broadleafloyalty.redemption.service.RewardOffer;
import com.broadleafloyalty.redemption.service.RewardRedemptionService;
import com.broadleafloyalty.redemption.service.RewardRedemptionServiceImpl;
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
 * Checkout activity (6040, just before the points are consumed): debits the points of the cart's rewards and takes
 * one unit of stock for each, exactly once. Orders without a reward adjustment or a zero-priced reward line pass
 * without a query. Any later failure gives the points and the stock back.
 */
public class ConsumeRewardsActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    public static final String REDEMPTION_IDS = "loyaltyRewardRedemptionIds";

    @Resource(name = "blLoyaltyRewardRedemptionService")
    protected RewardRedemptionService rewardService;

    @Resource(name = "blLoyaltySwitch")
    protected LoyaltySwitch loyaltySwitch;

    @Override
    public boolean shouldExecute(ProcessContext<CheckoutSeed> context) {
        return loyaltySwitch.isEnabled();
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        if (!carriesRewards(order)) {
            return context;
        }
        List<Long> consumed = rewardService.consume(order);
        if (!consumed.isEmpty()) {
            Map<String, Object> state = new HashMap<String, Object>();
            state.put(REDEMPTION_IDS, consumed);
            ActivityStateManagerImpl.getStateManager().registerState(this, context, getRollbackHandler(), state);
        }
        return context;
    }

    static boolean carriesRewards(Order order) {
        for (OrderAdjustment adjustment : order.getOrderAdjustments()) {
            if (RewardOffer.isReward(adjustment)) {
                return true;
            }
        }
        for (OrderItem item : order.getOrderItems()) {
            if (RewardRedemptionServiceImpl.isFreeLine(item)) {
                return true;
            }
        }
        return false;
    }
}
