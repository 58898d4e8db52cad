package com.broadleafloyalty.redemption.web;

import com.broadleafloyalty.ledger.service.LoyaltyProgram;
import com.broadleafloyalty.redemption.domain.PointsRedemption;
import com.broadleafloyalty.redemption.service.PointsRedemptionService;
import com.broadleafloyalty.redemption.service.RedeemableAmount;
import com.broadleafloyalty.support.web.LoyaltyProcessorSupport;
import org.broadleafcommerce.common.web.dialect.AbstractModelVariableModifierProcessor;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.thymeleaf.Arguments;
import org.thymeleaf.dom.Element;

import java.util.HashMap;
import java.util.Map;

import javax.annotation.Resource;

/**
 * {@code <blc:loyalty_redemption var="redemption"/>}: what the cart's "use my points" box shows: whether the
 * shopper may redeem, points available, the most this cart can take, what is applied and the rate.
 */
public class RedemptionProcessor extends AbstractModelVariableModifierProcessor {

    @Resource(name = "blLoyaltyPointsRedemptionService")
    protected PointsRedemptionService redemptionService;

    @Resource(name = "blLoyaltyProgram")
    protected LoyaltyProgram program;

    public RedemptionProcessor() {
        super("loyalty_redemption");
    }

    @Override
    public int getPrecedence() {
        return 10000;
    }

    @Override
    protected void modifyModelAttributes(Arguments arguments, Element element) {
        Map<String, Object> view = new HashMap<String, Object>();
        Order cart = CartState.getCart();
        Customer customer = cart == null ? null : cart.getCustomer();
        boolean canRedeem = cart != null && !(cart instanceof NullOrderImpl) && cart.getId() != null
                && customer != null && customer.isRegistered();
        view.put("canRedeem", canRedeem);
        view.put("rate", program.getRedemptionRate().describe());
        if (canRedeem) {
            long available = redemptionService.availableFor(cart);
            PointsRedemption applied = redemptionService.redemptionFor(cart.getId());
            view.put("available", available);
            view.put("maxForCart", Math.min(available,
                    program.getRedemptionRate().maxPointsFor(RedeemableAmount.of(cart))));
            view.put("appliedPoints", applied == null ? 0L : applied.getPoints());
            view.put("appliedAmount", applied == null ? null : applied.getAmount().setScale(2));
        }
        addToModel(arguments, LoyaltyProcessorSupport.variableName(element, "loyaltyRedemption"), view);
    }
}
