package com.broadleafloyalty.demo.web;

import org.broadleafcommerce.core.web.controller.account.BroadleafLoginController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@Controller
public class DemoLoginController extends BroadleafLoginController {

    @RequestMapping("/login")
    public String showLogin(HttpServletRequest request, HttpServletResponse response, Model model) {
        return super.login(request, response, model);
    }
}
