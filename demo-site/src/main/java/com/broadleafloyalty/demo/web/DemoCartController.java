package com.broadleafloyalty.demo.web;

import com.broadleafloyalty.redemption.service.FreeLines;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.exception.AddToCartException;
import org.broadleafcommerce.core.order.service.exception.RemoveFromCartException;
import org.broadleafcommerce.core.order.service.exception.UpdateCartException;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.controller.cart.BroadleafCartController;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.core.web.order.model.AddToCartItem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.regex.Pattern;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The cart: add, change a line's quantity, remove a line. Changes are POSTs with the CSRF token (Broadleaf's filter
 * refuses a POST without it); a GET to a change URL changes nothing and sends the shopper to the cart. A line that is
 * not in the shopper's cart, or a quantity that is not 0-99, comes back as a message.
 */
@Controller
@RequestMapping("/cart")
public class DemoCartController extends BroadleafCartController {

    static final String MESSAGE = "cartMessage";
    static final String ERROR = "cartError";
    static final int MAX_QUANTITY = 99;

    private static final Log LOG = LogFactory.getLog(DemoCartController.class);
    private static final Pattern QUANTITY = Pattern.compile("[0-9]{1,2}");

    @Resource(name = "demoCartPage")
    protected CartPage cartPage;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String showCart(HttpServletRequest request, HttpServletResponse response, Model model)
            throws PricingException {
        cartPage.prepare(model);
        return super.cart(request, response, model);
    }

    @RequestMapping(value = "/add", method = RequestMethod.POST)
    public String addItem(HttpServletRequest request, HttpServletResponse response, Model model,
            @ModelAttribute("addToCartItem") AddToCartItem addToCartItem, RedirectAttributes redirect)
            throws IOException, PricingException {
        // The typed text, not only the bound int: Spring's binder also reads '٥', '５', '0x10' and '#10' as numbers.
        String typed = request.getParameter("quantity");
        if (!isId(request.getParameter("productId")) || !isId(request.getParameter("skuId"))) {
            redirect.addFlashAttribute(ERROR, "demo.cart.unknownItem");
            return getCartPageRedirect();
        }
        if (typed == null || !QUANTITY.matcher(typed.trim()).matches()
                || addToCartItem.getQuantity() < 1 || addToCartItem.getQuantity() > MAX_QUANTITY) {
            redirect.addFlashAttribute(ERROR, "demo.cart.badQuantity");
            return getCartPageRedirect();
        }
        try {
            return super.add(request, response, model, addToCartItem);
        } catch (AddToCartException e) {
            LOG.info("Add to cart refused: " + e.getMessage());
            redirect.addFlashAttribute(ERROR, "demo.cart.unknownItem");
            return getCartPageRedirect();
        }
    }

    @RequestMapping(value = "/updateQuantity", method = RequestMethod.POST)
    public String updateQuantity(@RequestParam(value = "orderItemId", required = false) String orderItemId,
            @RequestParam(value = "quantity", required = false) String quantityInput, RedirectAttributes redirect)
            throws PricingException {
        Order cart = CartState.getCart();
        OrderItem line = lineOf(cart, orderItemId);
        if (line == null) {
            redirect.addFlashAttribute(ERROR, "demo.cart.unknownItem");
        } else if (quantityInput == null || !QUANTITY.matcher(quantityInput.trim()).matches()) {
            redirect.addFlashAttribute(ERROR, "demo.cart.badQuantity");
        } else if (FreeLines.isFreeLine(line)) {
            redirect.addFlashAttribute(ERROR, "demo.cart.rewardQuantity");
        } else {
            int quantity = Integer.parseInt(quantityInput.trim());
            try {
                if (quantity == 0) {
                    orderService.removeItem(cart.getId(), line.getId(), true);
                    redirect.addFlashAttribute(MESSAGE, "demo.cart.removed");
                } else {
                    OrderItemRequestDTO request = new OrderItemRequestDTO();
                    request.setOrderItemId(line.getId());
                    request.setQuantity(quantity);
                    orderService.updateItemQuantity(cart.getId(), request, true);
                    redirect.addFlashAttribute(MESSAGE, "demo.cart.updated");
                }
            } catch (UpdateCartException | RemoveFromCartException e) {
                LOG.info("Quantity change of line " + line.getId() + " refused: " + e.getMessage());
                redirect.addFlashAttribute(ERROR, "demo.cart.unknownItem");
            }
        }
        return getCartPageRedirect();
    }

    @RequestMapping(value = "/remove", method = RequestMethod.POST)
    public String removeItem(@RequestParam(value = "orderItemId", required = false) String orderItemId,
            RedirectAttributes redirect) throws PricingException {
        Order cart = CartState.getCart();
        OrderItem line = lineOf(cart, orderItemId);
        if (line == null) {
            redirect.addFlashAttribute(ERROR, "demo.cart.unknownItem");
            return getCartPageRedirect();
        }
        try {
            orderService.removeItem(cart.getId(), line.getId(), true);
            redirect.addFlashAttribute(MESSAGE, "demo.cart.removed");
        } catch (RemoveFromCartException e) {
            LOG.info("Removal of line " + line.getId() + " refused: " + e.getMessage());
            redirect.addFlashAttribute(ERROR, "demo.cart.unknownItem");
        }
        return getCartPageRedirect();
    }

    /** Old links and typed URLs: a GET never changes the cart. */
    @RequestMapping(value = {"/add", "/remove", "/updateQuantity"}, method = RequestMethod.GET)
    public String refuseGet(RedirectAttributes redirect) {
        redirect.addFlashAttribute(ERROR, "demo.cart.useButtons");
        return getCartPageRedirect();
    }

    /** Absent, or ASCII digits: a product or SKU id as the shop's forms send it. */
    private static boolean isId(String typed) {
        return typed == null || typed.trim().matches("[0-9]{1,18}");
    }

    /** The line of the shopper's own cart with that id, or null (no cart, not a number, someone else's line). */
    static OrderItem lineOf(Order cart, String orderItemId) {
        if (cart == null || cart instanceof NullOrderImpl || orderItemId == null
                || !orderItemId.trim().matches("[0-9]{1,18}")) {
            return null;
        }
        Long id = Long.valueOf(orderItemId.trim());
        for (OrderItem item : cart.getOrderItems()) {
            if (id.equals(item.getId())) {
                return item;
            }
        }
        return null;
    }
}
