package com.broadleafloyalty.demo.web;

import com.broadleafloyalty.demo.payment.DemoPaymentGatewayType;
import com.broadleafloyalty.demo.payment.DemoWallet;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.FulfillmentOption;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.fulfillment.domain.FixedPriceFulfillmentOption;
import org.broadleafcommerce.core.order.service.FulfillmentOptionService;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.service.AddressService;
import org.broadleafcommerce.profile.core.service.CountryService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;

/**
 * One-page checkout: the shipping address and method (Broadleaf's fixed-price fulfillment options, priced by its
 * pricing workflow, so shipping offers and the loyalty free-shipping reward apply), the order's breakdown, and the
 * demo wallet: the shopper names a wallet (no card data), the controller puts an UNCONFIRMED transaction on the
 * order, and Broadleaf's checkout workflow confirms it through the demo gateway.
 */
@Controller
@RequestMapping("/checkout")
public class DemoCheckoutController {

    private static final Log LOG = LogFactory.getLog(DemoCheckoutController.class);
    static final int MAX_WALLET_LENGTH = 100;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blOrderPaymentService")
    protected OrderPaymentService orderPaymentService;

    @Resource(name = "blCheckoutService")
    protected CheckoutService checkoutService;

    @Resource(name = "blFulfillmentOptionService")
    protected FulfillmentOptionService fulfillmentOptionService;

    @Resource(name = "blAddressService")
    protected AddressService addressService;

    @Resource(name = "blCountryService")
    protected CountryService countryService;

    @Resource(name = "demoCartPage")
    protected CartPage cartPage;

    @RequestMapping(method = RequestMethod.GET)
    public String checkout(Model model) {
        Order cart = cartPage.prepare(model);
        if (isEmpty(cart)) {
            return "redirect:/cart";
        }
        return show(model, cart, ShippingForm.of(cart));
    }

    @RequestMapping(value = "/shipping", method = RequestMethod.POST)
    public String saveShipping(@RequestParam(value = "firstName", required = false) String firstName,
            @RequestParam(value = "lastName", required = false) String lastName,
            @RequestParam(value = "addressLine1", required = false) String addressLine1,
            @RequestParam(value = "city", required = false) String city,
            @RequestParam(value = "postalCode", required = false) String postalCode,
            @RequestParam(value = "country", required = false) String country,
            @RequestParam(value = "shippingOption", required = false) String shippingOption, Model model)
            throws PricingException {
        Order cart = CartState.getCart();
        if (isEmpty(cart)) {
            return "redirect:/cart";
        }
        ShippingForm form = ShippingForm.typed(firstName, lastName, addressLine1, city, postalCode, country,
                shippingOption);
        List<FulfillmentOption> options = shippingOptions();
        String problem = form.problem(ids(options));
        if (problem != null) {
            model.addAttribute("shippingError", problem);
            cartPage.prepare(model);
            return show(model, cart, form);
        }
        FulfillmentGroup group = cart.getFulfillmentGroups().get(0);
        Address address = group.getAddress() == null ? addressService.create() : group.getAddress();
        address.setFirstName(form.getFirstName());
        address.setLastName(form.getLastName());
        address.setAddressLine1(form.getAddressLine1());
        address.setCity(form.getCity());
        address.setPostalCode(form.getPostalCode());
        address.setCountry(countryService.findCountryByAbbreviation(form.getCountry()));
        group.setAddress(addressService.saveAddress(address));
        group.setFulfillmentOption(fulfillmentOptionService.readFulfillmentOptionById(form.getOptionId()));
        CartState.setCart(orderService.save(cart, true));
        return "redirect:/checkout";
    }

    @RequestMapping(value = "/complete", method = RequestMethod.POST)
    public String complete(@RequestParam(value = "demoWallet", required = false) String wallet, Model model)
            throws PricingException {
        Order cart = CartState.getCart();
        if (isEmpty(cart)) {
            return "redirect:/cart";
        }
        String error = null;
        if (!shippingOptions().isEmpty() && !shippingReady(cart)) {
            error = "demo.checkout.shippingFirst";
        } else if (wallet == null || wallet.trim().isEmpty() || wallet.trim().length() > MAX_WALLET_LENGTH) {
            error = "demo.checkout.walletMissing";
        } else {
            replacePayments(cart, wallet.trim());
            try {
                Order order = checkoutService.performCheckout(cart).getOrder();
                return "redirect:/confirmation/" + order.getOrderNumber();
            } catch (CheckoutException e) {
                LOG.info("Demo checkout of order " + cart.getId() + " failed: " + e.getMessage());
                error = "demo.checkout.declined";
            }
        }
        model.addAttribute("checkoutError", error);
        Order current = cartPage.prepare(model);
        return show(model, current == null ? cart : current, ShippingForm.of(cart));
    }

    private String show(Model model, Order cart, ShippingForm form) {
        model.addAttribute("cart", cart);
        model.addAttribute("shipping", form);
        model.addAttribute("shippingOptions", shippingOptions());
        model.addAttribute("countries", ShippingForm.COUNTRIES);
        return "checkout/checkout";
    }

    /** The fixed-price options, cheapest first (the only kind the demo seeds and prices). */
    private List<FulfillmentOption> shippingOptions() {
        List<FulfillmentOption> fixed = new ArrayList<FulfillmentOption>();
        for (FulfillmentOption option : fulfillmentOptionService.readAllFulfillmentOptions()) {
            if (option instanceof FixedPriceFulfillmentOption && ((FixedPriceFulfillmentOption) option).getPrice() != null) {
                fixed.add(option);
            }
        }
        fixed.sort((a, b) -> ((FixedPriceFulfillmentOption) a).getPrice()
                .compareTo(((FixedPriceFulfillmentOption) b).getPrice()));
        return fixed;
    }

    private static List<Long> ids(List<FulfillmentOption> options) {
        List<Long> ids = new ArrayList<Long>();
        for (FulfillmentOption option : options) {
            ids.add(option.getId());
        }
        return ids;
    }

    private static boolean shippingReady(Order cart) {
        for (FulfillmentGroup group : cart.getFulfillmentGroups()) {
            if (group.getAddress() == null || group.getFulfillmentOption() == null) {
                return false;
            }
        }
        return !cart.getFulfillmentGroups().isEmpty();
    }

    private static boolean isEmpty(Order cart) {
        return cart == null || cart instanceof NullOrderImpl || cart.getOrderItems().isEmpty();
    }

    private void replacePayments(Order cart, String wallet) throws PricingException {
        for (OrderPayment old : new ArrayList<OrderPayment>(cart.getPayments())) {
            cart.getPayments().remove(old);
            orderPaymentService.delete(old);
        }
        OrderPayment payment = orderPaymentService.create();
        payment.setType(PaymentType.THIRD_PARTY_ACCOUNT);
        payment.setPaymentGatewayType(DemoPaymentGatewayType.DEMO_WALLET);
        payment.setAmount(cart.getTotal());
        payment.setOrder(cart);
        PaymentTransaction transaction = orderPaymentService.createTransaction();
        transaction.setType(PaymentTransactionType.UNCONFIRMED);
        transaction.setAmount(cart.getTotal());
        transaction.getAdditionalFields().put(DemoWallet.WALLET_FIELD, wallet);
        transaction.setOrderPayment(payment);
        payment.addTransaction(transaction);
        orderService.addPaymentToOrder(cart, payment, null);
        orderService.save(cart, false);
    }
}
