package com.broadleafloyalty.demo.web;

import com.broadleafloyalty.demo.payment.DemoPaymentGatewayType;
import com.broadleafloyalty.demo.payment.DemoWallet;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.order.CartState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;

import javax.annotation.Resource;

/**
 * One-page checkout with the demo wallet: the shopper names a wallet (no card data), the controller puts an
 * UNCONFIRMED transaction on the order, and Broadleaf's checkout workflow confirms it through the demo gateway.
 */
@Controller
@RequestMapping("/checkout")
public class DemoCheckoutController {

    private static final Log LOG = LogFactory.getLog(DemoCheckoutController.class);

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blOrderPaymentService")
    protected OrderPaymentService orderPaymentService;

    @Resource(name = "blCheckoutService")
    protected CheckoutService checkoutService;

    @RequestMapping(method = RequestMethod.GET)
    public String checkout(Model model) {
        Order cart = CartState.getCart();
        if (cart == null || cart instanceof NullOrderImpl || cart.getOrderItems().isEmpty()) {
            return "redirect:/cart";
        }
        return "checkout/checkout";
    }

    @RequestMapping(value = "/complete", method = RequestMethod.POST)
    public String complete(@RequestParam(value = "demoWallet", required = false) String wallet, Model model)
            throws PricingException {
        Order cart = CartState.getCart();
        if (cart == null || cart instanceof NullOrderImpl || cart.getOrderItems().isEmpty()) {
            return "redirect:/cart";
        }
        if (wallet == null || wallet.trim().isEmpty()) {
            model.addAttribute("checkoutError", "Enter the name of your demo wallet.");
            return "checkout/checkout";
        }
        replacePayments(cart, wallet.trim());
        try {
            Order order = checkoutService.performCheckout(cart).getOrder();
            return "redirect:/confirmation/" + order.getOrderNumber();
        } catch (CheckoutException e) {
            LOG.info("Demo checkout of order " + cart.getId() + " failed: " + e.getMessage());
            model.addAttribute("checkoutError", "The payment was declined. Nothing was charged; please try again.");
            return "checkout/checkout";
        }
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
