package com.broadleafloyalty.vip.web;

import com.broadleafloyalty.support.i18n.LoyaltyMessages;
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

/**
 * The cart's promotion code box: adds a Broadleaf offer code, refusing (in the shopper's language) a code they may not
 * use (a VIP offer they do not qualify for, someone else's personal code, a used one). Pricing refuses them too,
 * so a code added by any other route never discounts; this is where the shopper is told why.
 */
@Controller
public class VipCodeController {

    public static final String ADD_PATH = "/loyalty/code";

    @Resource(name = "blLoyaltyVipOfferService")
    protected VipOfferService vipOfferService;

    @Resource(name = "blLoyaltyMessages")
    protected LoyaltyMessages messages;

    protected String cartRedirect = "redirect:/cart";

    @RequestMapping(value = ADD_PATH, method = RequestMethod.POST)
    public String add(@RequestParam(value = "code", required = false) String code, RedirectAttributes redirect) {
        Order cart = CartState.getCart();
        if (cart == null || cart instanceof NullOrderImpl || cart.getId() == null) {
            redirect.addFlashAttribute("loyaltyCodeError", messages.message("loyalty.cart.empty"));
            return cartRedirect;
        }
        try {
            vipOfferService.addCode(cart, code);
            redirect.addFlashAttribute("loyaltyCodeApplied", code.trim());
        } catch (VipOfferRefusedException e) {
            redirect.addFlashAttribute("loyaltyCodeError", messages.refusal(e));
            redirect.addFlashAttribute("loyaltyCodeInput", code);
        }
        return cartRedirect;
    }

    public void setCartRedirect(String cartRedirect) {
        this.cartRedirect = cartRedirect;
    }
}
