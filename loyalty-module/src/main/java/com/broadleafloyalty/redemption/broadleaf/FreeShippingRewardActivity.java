package com.broadleafloyalty.redemption.broadleaf;

import com.broadleafloyalty.redemption.service.RewardOffer;
import com.broadleafloyalty.support.config.LoyaltySwitch;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.offer.domain.OrderAdjustment;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import java.math.BigDecimal;

import javax.annotation.Resource;

/**
 * Pricing activity after Broadleaf's shipping offers (6000) and before tax (7000): an order carrying a free-shipping
 * reward ships for nothing. No query: the reward is seen on the order's adjustments.
 */
public class FreeShippingRewardActivity extends BaseActivity<ProcessContext<Order>> {

    @Resource(name = "blLoyaltySwitch")
    protected LoyaltySwitch loyaltySwitch;

    @Override
    public boolean shouldExecute(ProcessContext<Order> context) {
        return loyaltySwitch.isEnabled();
    }

    @Override
    public ProcessContext<Order> execute(ProcessContext<Order> context) throws Exception {
        Order order = context.getSeedData();
        if (!hasFreeShipping(order)) {
            return context;
        }
        Money zero = new Money(BigDecimal.ZERO, order.getCurrency());
        for (FulfillmentGroup group : order.getFulfillmentGroups()) {
            group.setShippingPrice(zero);
        }
        order.setTotalFulfillmentCharges(zero);
        return context;
    }

    private static boolean hasFreeShipping(Order order) {
        for (OrderAdjustment adjustment : order.getOrderAdjustments()) {
            if (RewardOffer.isFreeShipping(adjustment)) {
                return true;
            }
        }
        return false;
    }
}
