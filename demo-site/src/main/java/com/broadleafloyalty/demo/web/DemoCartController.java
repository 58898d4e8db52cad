package com.broadleafloyalty.demo.web;

import org.broadleafcommerce.core.web.order.model.AddToCartItem;
import org.broadleafcommerce.core.order.service.exception.AddToCartException;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.controller.cart.BroadleafCartController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@Controller
@RequestMapping("/cart")
public class DemoCartController extends BroadleafCartController {

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String showCart(HttpServletRequest request, HttpServletResponse response, Model model)
            throws PricingException {
        return super.cart(request, response, model);
    }

    @RequestMapping(value = "/add", method = RequestMethod.POST)
    public String addItem(HttpServletRequest request, HttpServletResponse response, Model model,
            @ModelAttribute("addToCartItem") AddToCartItem addToCartItem)
            throws IOException, PricingException, AddToCartException {
        return super.add(request, response, model, addToCartItem);
    }

    @RequestMapping(value = "/remove", method = RequestMethod.GET)
    public String removeItem(HttpServletRequest request, HttpServletResponse response, Model model,
            @ModelAttribute("addToCartItem") AddToCartItem addToCartItem) throws Exception {
        return super.remove(request, response, model, addToCartItem);
    }
}
