package com.broadleafloyalty.vip.broadleaf;

import com.broadleafloyalty.vip.service.VipOfferService;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.Iterator;

import javax.annotation.Resource;

/**
 * Pricing, just before Broadleaf's offer activity (1000): takes out of the cart the codes its customer may not use
 * (someone else's personal code, a VIP offer's code the customer no longer qualifies for), then opens the
 * {@link VipPricingContext} window so the offer filter knows whose order it filters. Not paused by
 * {@code loyalty.enabled=false}: switching loyalty off must not open VIP offers to everyone. Whatever happens next,
 * the window closes: {@link VipPricingEndActivity} closes it after the offers, and when pricing fails in between, the
 * workflow's rollback runs {@link VipPricingRollbackHandler}.
 */
public class VipPricingActivity extends BaseActivity<ProcessContext<Order>> {

    @SuppressWarnings({"unchecked", "rawtypes"})
    public VipPricingActivity() {
        // Broadleaf 3.1 types an activity's handler by its context, the checkout's handlers by their seed: raw here.
        setRollbackHandler((RollbackHandler) new VipPricingRollbackHandler());
        setAutomaticallyRegisterRollbackHandler(true);
    }

    @Resource(name = "blLoyaltyVipOfferService")
    protected VipOfferService vipOfferService;

    @Override
    public ProcessContext<Order> execute(ProcessContext<Order> context) throws Exception {
        Order order = context.getSeedData();
        Customer customer = order.getCustomer();
        Long customerId = customer == null || !customer.isRegistered() ? null : customer.getId();
        Iterator<OfferCode> codes = order.getAddedOfferCodes().iterator();
        while (codes.hasNext()) {
            if (vipOfferService.refusalFor(customerId, codes.next()) != null) {
                codes.remove();
            }
        }
        VipPricingContext.begin(customerId);
        return context;
    }
}
