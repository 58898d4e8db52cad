package com.broadleafloyalty.vip.broadleaf;

import com.broadleafloyalty.support.config.LoyaltySwitch;
import com.broadleafloyalty.support.core.LoyaltyText;
import com.broadleafloyalty.vip.core.VipOfferRefusedException;
import com.broadleafloyalty.vip.service.VipOfferService;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import javax.annotation.Resource;

/**
 * Checkout, first (950, before Broadleaf checks offer uses at 1000): Broadleaf does not reprice at checkout, so a
 * cart priced while the customer qualified would keep a VIP discount after they stopped qualifying (or a code
 * typed in by another route). When the order carries a VIP offer or code its customer may not use, the cart is
 * repriced without it (and saved, so the shopper sees the new total) and the checkout is refused with the reason:
 * the payment was taken for the old total, so completing the order silently at another price is not an option.
 */
public class VerifyVipOffersActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    @Resource(name = "blLoyaltyVipOfferService")
    protected VipOfferService vipOfferService;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blLoyaltySwitch")
    protected LoyaltySwitch loyaltySwitch;

    @Override
    public boolean shouldExecute(ProcessContext<CheckoutSeed> context) {
        return loyaltySwitch == null || loyaltySwitch.isEnabled();
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        LoyaltyText refusal = vipOfferService.refusalFor(order);
        if (refusal == null) {
            return context;
        }
        Order repriced = orderService.save(order, true);
        context.getSeedData().setOrder(repriced);
        throw new VipOfferRefusedException("loyalty.vip.checkout.repriced", refusal);
    }
}
