package com.broadleafloyalty.demo.web;

import com.broadleafloyalty.redemption.service.RedemptionService;
import com.broadleafloyalty.redemption.service.ReturnedPoints;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import javax.annotation.Resource;

/**
 * What the cart and checkout pages add to their model: the cart's totals, whether shipping is chosen, and what the
 * shop gave back from the cart since the shopper last looked (told once, the cart updated first).
 */
@Component("demoCartPage")
public class CartPage {

    @Resource(name = "blLoyaltyRedemptionService")
    protected RedemptionService redemptionService;

    /** Tells the returned points and rewards, then fills the model; returns the cart as it is now. */
    public Order prepare(Model model) {
        Order cart = CartState.getCart();
        if (cart == null || cart instanceof NullOrderImpl) {
            return cart;
        }
        ReturnedPoints returned = redemptionService.tellReturned(cart);
        if (returned.getCart() != cart) {
            cart = returned.getCart();
            CartState.setCart(cart);
            model.addAttribute("cart", cart);
        }
        model.addAttribute("returned", returned);
        model.addAttribute("totals", OrderTotals.of(cart));
        model.addAttribute("shippingChosen", shippingChosen(cart));
        return cart;
    }

    static boolean shippingChosen(Order order) {
        for (FulfillmentGroup group : order.getFulfillmentGroups()) {
            if (group.getFulfillmentOption() != null) {
                return true;
            }
        }
        return false;
    }
}
