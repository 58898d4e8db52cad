package com.broadleafloyalty.ledger.web;

import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.support.web.LoyaltyProcessorSupport;
import org.broadleafcommerce.common.web.dialect.AbstractModelVariableModifierProcessor;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.thymeleaf.Arguments;
import org.thymeleaf.dom.Element;

import javax.annotation.Resource;

/**
 * {@code <blc:loyalty_cart_points var="pointsToEarn"/>}: the points the current cart would earn, for
 * "you will earn N points", and {@code <var>ForGuest} (true when the shopper is not signed in: a guest's order earns
 * nothing, so the page invites them to sign in instead). An optional {@code order="${someOrder}"} previews another
 * order instead.
 */
public class CartPointsProcessor extends AbstractModelVariableModifierProcessor {

    @Resource(name = "blLoyaltyPointsService")
    protected LoyaltyPointsService loyaltyPointsService;

    public CartPointsProcessor() {
        super("loyalty_cart_points");
    }

    @Override
    public int getPrecedence() {
        return 10000;
    }

    @Override
    protected void modifyModelAttributes(Arguments arguments, Element element) {
        Object explicit = LoyaltyProcessorSupport.evaluate(arguments, element, "order");
        Order order = explicit instanceof Order ? (Order) explicit : CartState.getCart();
        long points = order == null || order.getId() == null ? 0L : loyaltyPointsService.previewPoints(order);
        String name = LoyaltyProcessorSupport.variableName(element, "loyaltyCartPoints");
        addToModel(arguments, name, points);
        // A guest earns nothing until signed in: the page invites them instead of promising the points.
        Customer customer = order == null ? null : order.getCustomer();
        addToModel(arguments, name + "ForGuest", customer == null || !customer.isRegistered());
    }
}
