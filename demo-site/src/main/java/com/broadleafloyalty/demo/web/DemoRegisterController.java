package com.broadleafloyalty.demo.web;

import com.broadleafloyalty.account.service.CustomerAccountService;
import com.broadleafloyalty.account.service.RegistrationDetails;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.controller.account.BroadleafRegisterController;
import org.broadleafcommerce.profile.web.core.form.RegisterCustomerForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@Controller
@RequestMapping("/register")
public class DemoRegisterController extends BroadleafRegisterController {

    @Resource(name = "blLoyaltyCustomerAccountService")
    protected CustomerAccountService loyaltyAccounts;

    @RequestMapping(method = RequestMethod.GET)
    public String showRegister(HttpServletRequest request, HttpServletResponse response, Model model,
            @ModelAttribute("registrationForm") RegisterCustomerForm form) {
        return super.register(form, request, response, model);
    }

    @RequestMapping(method = RequestMethod.POST)
    public String submitRegister(HttpServletRequest request, HttpServletResponse response, Model model,
            @ModelAttribute("registrationForm") RegisterCustomerForm form, BindingResult errors)
            throws ServiceException, PricingException {
        // The loyalty fields are checked first: a mistyped referral code or date re-shows the form with the reason
        // (nothing typed is lost) instead of creating the account without them.
        for (String problem : loyaltyAccounts.checkRegistrationDetails(RegistrationDetails.fromRequest(request),
                form.getCustomer().getEmailAddress())) {
            errors.reject("loyalty", problem);
        }
        return super.processRegister(form, errors, request, response, model);
    }

    @ModelAttribute("registrationForm")
    public RegisterCustomerForm registrationForm() {
        return super.initCustomerRegistrationForm();
    }

    @Override
    public String getRegisterSuccessView() {
        return "redirect:/";
    }
}
