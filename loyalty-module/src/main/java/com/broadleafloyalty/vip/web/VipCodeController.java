package com.broadleafloyalty.vip.web;

import com.broadleafloyalty.support.i18n.LoyaltyMessages;
import com.broadleafloyalty.support.web.ClientAddressResolver;
import com.broadleafloyalty.throttle.core.ThrottleKind;
import com.broadleafloyalty.throttle.service.ThrottleService;
import com.broadleafloyalty.throttle.service.ThrottledException;
import com.broadleafloyalty.vip.core.VipOfferRefusedException;
import com.broadleafloyalty.vip.service.VipOfferService;
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
 * The cart's promotion code box: adds a Broadleaf offer code, refusing (in the shopper's language) a code they may not
 * use (a VIP offer they do not qualify for, someone else's personal code, a used one). Pricing refuses them too,
 * so a code added by any other route never discounts; this is where the shopper is told why. Refused codes count
 * against the cart's customer and the client address (loyalty.throttle.*): a guessing loop is locked out.
 */
@Controller
public class VipCodeController {

    public static final String ADD_PATH = "/loyalty/code";

    @Resource(name = "blLoyaltyVipOfferService")
    protected VipOfferService vipOfferService;

    @Resource(name = "blLoyaltyMessages")
    protected LoyaltyMessages messages;

    @Resource(name = "blLoyaltyThrottleService")
    protected ThrottleService throttle;

    @Resource(name = "blLoyaltyClientAddressResolver")
    protected ClientAddressResolver addresses;

    protected String cartRedirect = "redirect:/cart";

    @RequestMapping(value = ADD_PATH, method = RequestMethod.POST)
    public String add(@RequestParam(value = "code", required = false) String code, RedirectAttributes redirect,
            HttpServletRequest request) {
        Order cart = CartState.getCart();
        if (cart == null || cart instanceof NullOrderImpl || cart.getId() == null) {
            redirect.addFlashAttribute("loyaltyCodeError", messages.message("loyalty.cart.empty"));
            return cartRedirect;
        }
        String customer = cart.getCustomer() == null ? null : String.valueOf(cart.getCustomer().getId());
        String address = addresses.addressOf(request);
        try {
            throttle.check(ThrottleKind.VIP_CODE, customer, address);
            vipOfferService.addCode(cart, code);
            throttle.recordSuccess(ThrottleKind.VIP_CODE, customer);
            redirect.addFlashAttribute("loyaltyCodeApplied", code.trim());
        } catch (ThrottledException e) {
            redirect.addFlashAttribute("loyaltyCodeError", messages.refusal(e));
            redirect.addFlashAttribute("loyaltyCodeInput", code);
        } catch (VipOfferRefusedException e) {
            throttle.recordFailure(ThrottleKind.VIP_CODE, customer, address);
            redirect.addFlashAttribute("loyaltyCodeError", messages.refusal(e));
            redirect.addFlashAttribute("loyaltyCodeInput", code);
        }
        return cartRedirect;
    }

    public void setCartRedirect(String cartRedirect) {
        this.cartRedirect = cartRedirect;
    }
}
