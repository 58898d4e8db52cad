package com.broadleafloyalty.redemption.web;

import com.broadleafloyalty.redemption.core.RedemptionRefusedException;
import com.broadleafloyalty.redemption.service.RewardRedemptionService;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;

/** The cart's reward catalog: redeem an item for points, or take it out again. Refusals come back as a message. */
@Controller
public class RewardRedemptionController {

    public static final String REDEEM_PATH = "/loyalty/rewards/redeem";
    public static final String REMOVE_PATH = "/loyalty/rewards/remove";

    @Resource(name = "blLoyaltyRewardRedemptionService")
    protected RewardRedemptionService rewardService;

    protected String cartRedirect = "redirect:/cart";

    @RequestMapping(value = REDEEM_PATH, method = RequestMethod.POST)
    public String redeem(@RequestParam(value = "rewardId", required = false) String rewardId,
            RedirectAttributes redirect) {
        Order cart = CartState.getCart();
        if (cart == null || cart instanceof NullOrderImpl) {
            redirect.addFlashAttribute("loyaltyRewardError", "Your cart is empty.");
            return cartRedirect;
        }
        try {
            rewardService.redeem(cart, rewardId);
        } catch (RedemptionRefusedException e) {
            redirect.addFlashAttribute("loyaltyRewardError", e.getMessage());
        }
        return cartRedirect;
    }

    @RequestMapping(value = REMOVE_PATH, method = RequestMethod.POST)
    public String remove(@RequestParam(value = "rewardId", required = false) String rewardId,
            RedirectAttributes redirect) {
        Order cart = CartState.getCart();
        if (cart != null && !(cart instanceof NullOrderImpl)) {
            try {
                rewardService.remove(cart, rewardId);
            } catch (RedemptionRefusedException e) {
                redirect.addFlashAttribute("loyaltyRewardError", e.getMessage());
            }
        }
        return cartRedirect;
    }

    public void setCartRedirect(String cartRedirect) {
        this.cartRedirect = cartRedirect;
    }
}
