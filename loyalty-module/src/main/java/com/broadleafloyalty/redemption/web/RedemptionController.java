package com.broadleafloyalty.redemption.web;

import com.broadleafloyalty.redemption.core.RedemptionRefusedException;
import com.broadleafloyalty.redemption.service.RedemptionService;
import com.broadleafloyalty.support.i18n.LoyaltyMessages;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;

/**
 * The cart's redemptions: apply points or take them off, redeem a reward or take it out. Every change goes back to the
 * cart; a refusal comes back as a message in the box it was made in ({@value #POINTS_ERROR}, {@value #REWARD_ERROR}).
 */
@Controller
public class RedemptionController {

    public static final String POINTS_PATH = "/loyalty/redeem";
    public static final String POINTS_REMOVE_PATH = "/loyalty/redeem/remove";
    public static final String REWARD_PATH = "/loyalty/rewards/redeem";
    public static final String REWARD_REMOVE_PATH = "/loyalty/rewards/remove";

    /** Flash attributes the cart's fragments show: the refusals, and the points input to type again. */
    public static final String POINTS_ERROR = "loyaltyRedeemError";
    public static final String POINTS_INPUT = "loyaltyRedeemInput";
    public static final String REWARD_ERROR = "loyaltyRewardError";

    /** One change to the cart's redemptions. */
    private interface CartChange {
        void apply(Order cart);
    }

    @Resource(name = "blLoyaltyRedemptionService")
    protected RedemptionService redemptionService;

    @Resource(name = "blLoyaltyMessages")
    protected LoyaltyMessages messages;

    protected String cartRedirect = "redirect:/cart";

    @RequestMapping(value = POINTS_PATH, method = RequestMethod.POST)
    public String applyPoints(@RequestParam(value = "points", required = false) final String points,
            RedirectAttributes redirect) {
        if (refused(redirect, POINTS_ERROR, true, cart -> redemptionService.applyPoints(cart, points))) {
            redirect.addFlashAttribute(POINTS_INPUT, points);
        }
        return cartRedirect;
    }

    @RequestMapping(value = POINTS_REMOVE_PATH, method = RequestMethod.POST)
    public String removePoints(RedirectAttributes redirect) {
        refused(redirect, POINTS_ERROR, false, cart -> redemptionService.removePoints(cart));
        return cartRedirect;
    }

    @RequestMapping(value = REWARD_PATH, method = RequestMethod.POST)
    public String redeemReward(@RequestParam(value = "rewardId", required = false) final String rewardId,
            RedirectAttributes redirect) {
        refused(redirect, REWARD_ERROR, true, cart -> redemptionService.redeemReward(cart, rewardId));
        return cartRedirect;
    }

    @RequestMapping(value = REWARD_REMOVE_PATH, method = RequestMethod.POST)
    public String removeReward(@RequestParam(value = "rewardId", required = false) final String rewardId,
            RedirectAttributes redirect) {
        refused(redirect, REWARD_ERROR, false, cart -> redemptionService.removeReward(cart, rewardId));
        return cartRedirect;
    }

    /**
     * Makes the change to the shopper's cart; true, with the refusal under {@code errorAttribute}, when the service
     * refused it. Without a cart there is nothing to take off, and nothing to redeem in ({@code needsCart}: say so).
     */
    private boolean refused(RedirectAttributes redirect, String errorAttribute, boolean needsCart, CartChange change) {
        Order cart = CartState.getCart();
        if (cart == null || cart instanceof NullOrderImpl) {
            if (needsCart) {
                redirect.addFlashAttribute(errorAttribute, messages.message("loyalty.cart.empty"));
            }
            return false;
        }
        try {
            change.apply(cart);
            return false;
        } catch (RedemptionRefusedException e) {
            redirect.addFlashAttribute(errorAttribute, messages.refusal(e));
            return true;
        }
    }

    public void setCartRedirect(String cartRedirect) {
        this.cartRedirect = cartRedirect;
    }
}
