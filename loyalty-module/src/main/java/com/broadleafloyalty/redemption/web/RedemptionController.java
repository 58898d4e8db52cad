package com.broadleafloyalty.redemption.web;

import com.broadleafloyalty.redemption.core.RedemptionRefusedException;
import com.broadleafloyalty.redemption.service.RedemptionService;
import com.broadleafloyalty.support.i18n.LoyaltyMessages;
import com.broadleafloyalty.support.web.ClientAddressResolver;
import com.broadleafloyalty.throttle.core.ThrottleKind;
import com.broadleafloyalty.throttle.service.ThrottleService;
import com.broadleafloyalty.throttle.service.ThrottledException;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * The cart's redemptions: apply points or take them off, redeem a reward or take it out. Every change goes back to the
 * cart; a refusal comes back as a message in the box it was made in ({@value #POINTS_ERROR}, {@value #REWARD_ERROR}).
 * Refused redemptions count against the cart's customer and the client address (loyalty.throttle.*); taking points
 * or a reward off is never throttled.
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

    @Resource(name = "blLoyaltyThrottleService")
    protected ThrottleService throttle;

    @Resource(name = "blLoyaltyClientAddressResolver")
    protected ClientAddressResolver addresses;

    protected String cartRedirect = "redirect:/cart";

    @RequestMapping(value = POINTS_PATH, method = RequestMethod.POST)
    public String applyPoints(@RequestParam(value = "points", required = false) final String points,
            RedirectAttributes redirect, HttpServletRequest request) {
        if (refused(redirect, POINTS_ERROR, request, cart -> redemptionService.applyPoints(cart, points))) {
            redirect.addFlashAttribute(POINTS_INPUT, points);
        }
        return cartRedirect;
    }

    @RequestMapping(value = POINTS_REMOVE_PATH, method = RequestMethod.POST)
    public String removePoints(RedirectAttributes redirect) {
        refused(redirect, POINTS_ERROR, null, cart -> redemptionService.removePoints(cart));
        return cartRedirect;
    }

    @RequestMapping(value = REWARD_PATH, method = RequestMethod.POST)
    public String redeemReward(@RequestParam(value = "rewardId", required = false) final String rewardId,
            RedirectAttributes redirect, HttpServletRequest request) {
        refused(redirect, REWARD_ERROR, request, cart -> redemptionService.redeemReward(cart, rewardId));
        return cartRedirect;
    }

    @RequestMapping(value = REWARD_REMOVE_PATH, method = RequestMethod.POST)
    public String removeReward(@RequestParam(value = "rewardId", required = false) final String rewardId,
            RedirectAttributes redirect) {
        refused(redirect, REWARD_ERROR, null, cart -> redemptionService.removeReward(cart, rewardId));
        return cartRedirect;
    }

    /**
     * Makes the change to the shopper's cart; true, with the refusal under {@code errorAttribute}, when the service
     * refused it. A redemption ({@code redeeming}: its request) is throttled; without a cart there is nothing to take
     * off, and nothing to redeem in (a redemption says so).
     */
    private boolean refused(RedirectAttributes redirect, String errorAttribute, HttpServletRequest redeeming,
            CartChange change) {
        Order cart = CartState.getCart();
        if (cart == null || cart instanceof NullOrderImpl) {
            if (redeeming != null) {
                redirect.addFlashAttribute(errorAttribute, messages.message("loyalty.cart.empty"));
            }
            return false;
        }
        String customer = cart.getCustomer() == null ? null : String.valueOf(cart.getCustomer().getId());
        String address = redeeming == null ? null : addresses.addressOf(redeeming);
        try {
            if (redeeming != null) {
                throttle.check(ThrottleKind.REDEMPTION, customer, address);
            }
            change.apply(cart);
            if (redeeming != null) {
                throttle.recordSuccess(ThrottleKind.REDEMPTION, customer);
            }
            return false;
        } catch (ThrottledException e) {
            redirect.addFlashAttribute(errorAttribute, messages.refusal(e));
            return true;
        } catch (RedemptionRefusedException e) {
            if (redeeming != null) {
                throttle.recordFailure(ThrottleKind.REDEMPTION, customer, address);
            }
            redirect.addFlashAttribute(errorAttribute, messages.refusal(e));
            return true;
        }
    }

    public void setCartRedirect(String cartRedirect) {
        this.cartRedirect = cartRedirect;
    }
}
