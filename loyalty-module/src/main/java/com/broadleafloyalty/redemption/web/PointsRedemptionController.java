package com.broadleafloyalty.redemption.web;

import com.broadleafloyalty.redemption.core.RedemptionRefusedException;
import com.broadleafloyalty.redemption.service.PointsRedemptionService;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;

/** "Use my points" in the cart: apply an amount of points, or remove them. Refusals come back as a message. */
@Controller
public class PointsRedemptionController {

    public static final String APPLY_PATH = "/loyalty/redeem";
    public static final String REMOVE_PATH = "/loyalty/redeem/remove";

    @Resource(name = "blLoyaltyPointsRedemptionService")
    protected PointsRedemptionService redemptionService;

    protected String cartRedirect = "redirect:/cart";

    @RequestMapping(value = APPLY_PATH, method = RequestMethod.POST)
    public String apply(@RequestParam(value = "points", required = false) String points,
            RedirectAttributes redirect) {
        Order cart = CartState.getCart();
        if (cart == null || cart instanceof NullOrderImpl) {
            redirect.addFlashAttribute("loyaltyRedeemError", "Your cart is empty.");
            return cartRedirect;
        }
        try {
            redemptionService.apply(cart, points);
        } catch (RedemptionRefusedException e) {
            redirect.addFlashAttribute("loyaltyRedeemError", e.getMessage());
            redirect.addFlashAttribute("loyaltyRedeemInput", points);
        }
        return cartRedirect;
    }

    @RequestMapping(value = REMOVE_PATH, method = RequestMethod.POST)
    public String remove() {
        Order cart = CartState.getCart();
        if (cart != null && !(cart instanceof NullOrderImpl)) {
            redemptionService.remove(cart);
        }
        return cartRedirect;
    }

    public void setCartRedirect(String cartRedirect) {
        this.cartRedirect = cartRedirect;
    }
}
