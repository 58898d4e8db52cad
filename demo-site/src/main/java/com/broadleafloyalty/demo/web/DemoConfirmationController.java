package com.broadleafloyalty.demo.web;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.controller.checkout.BroadleafOrderConfirmationController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Order confirmation; Broadleaf's base class only shows an order to the customer who placed it. */
@Controller
public class DemoConfirmationController extends BroadleafOrderConfirmationController {

    @RequestMapping("/confirmation/{orderNumber}")
    public String confirmation(@PathVariable("orderNumber") String orderNumber, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        String view = super.displayOrderConfirmationByOrderNumber(orderNumber, model, request, response);
        // Broadleaf returns no view when the order is not the shopper's own: send them home, show nothing.
        if (view == null) {
            return "redirect:/";
        }
        Object order = model.asMap().get("order");
        if (order instanceof Order) {
            model.addAttribute("totals", OrderTotals.of((Order) order));
        }
        return view;
    }
}
