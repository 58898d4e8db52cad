package com.broadleafloyalty.demo.web;

import com.broadleafloyalty.account.core.Mailbox;
import com.broadleafloyalty.account.service.CustomerAccountService;
import com.broadleafloyalty.account.service.RegistrationDetails;
import com.broadleafloyalty.support.i18n.LoyaltyMessages;
import com.broadleafloyalty.support.web.ClientAddressResolver;
import com.broadleafloyalty.throttle.core.ThrottleKind;
import com.broadleafloyalty.throttle.service.ThrottleService;
import com.broadleafloyalty.throttle.service.ThrottledException;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.controller.account.BroadleafRegisterController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.form.RegisterCustomerForm;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Registration. The email is trimmed and lower-cased first, so {@code " Demo@Example.com"} is the account
 * {@code demo@example.com} already is; every refusal (Broadleaf's validator codes, lengths the database columns
 * cannot hold, the loyalty fields) comes back on the form in the shopper's language, and nothing is created.
 */
@Controller
@RequestMapping("/register")
public class DemoRegisterController extends BroadleafRegisterController {

    /** Longest name and email the form takes (the columns hold 255). */
    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;
    static final int MAX_PASSWORD = 200;

    @Resource(name = "blLoyaltyCustomerAccountService")
    protected CustomerAccountService loyaltyAccounts;

    @Resource(name = "blLoyaltyThrottleService")
    protected ThrottleService throttle;

    @Resource(name = "blLoyaltyClientAddressResolver")
    protected ClientAddressResolver addresses;

    @Resource(name = "blLoyaltyMessages")
    protected LoyaltyMessages messages;

    @RequestMapping(method = RequestMethod.GET)
    public String showRegister(HttpServletRequest request, HttpServletResponse response, Model model,
            @ModelAttribute("registrationForm") RegisterCustomerForm form) {
        return super.register(form, request, response, model);
    }

    @RequestMapping(method = RequestMethod.POST)
    public String submitRegister(HttpServletRequest request, HttpServletResponse response, Model model,
            @ModelAttribute("registrationForm") RegisterCustomerForm form, BindingResult errors)
            throws ServiceException, PricingException {
        Customer customer = form.getCustomer();
        String mailbox = Mailbox.of(customer.getEmailAddress());
        customer.setEmailAddress(mailbox);
        String address = addresses.addressOf(request);
        try {
            throttle.check(ThrottleKind.REGISTRATION, mailbox, address);
        } catch (ThrottledException e) {
            errors.reject("loyalty", messages.refusal(e));
            return super.processRegister(form, errors, request, response, model);
        }
        tooLong(errors, "customer.emailAddress", "demo.register.email", mailbox, MAX_EMAIL);
        tooLong(errors, "customer.firstName", "demo.register.firstName", customer.getFirstName(), MAX_NAME);
        tooLong(errors, "customer.lastName", "demo.register.lastName", customer.getLastName(), MAX_NAME);
        tooLong(errors, "password", "demo.register.password", form.getPassword(), MAX_PASSWORD);
        // Broadleaf's validator finds the same login; an older account typed with capitals is found by its mailbox.
        if (mailbox != null && customerService.readCustomerByUsername(mailbox) == null
                && loyaltyAccounts.customerIdForMailbox(mailbox) != null) {
            errors.rejectValue("customer.emailAddress", "emailAddress.used");
        }
        // The loyalty fields are checked first: a mistyped referral code or date re-shows the form with the reason
        // (nothing typed is lost) instead of creating the account without them.
        boolean loyaltyRefused = false;
        for (String problem : loyaltyAccounts.checkRegistrationDetails(RegistrationDetails.fromRequest(request),
                mailbox)) {
            errors.reject("loyalty", problem);
            loyaltyRefused = true;
        }
        String view = super.processRegister(form, errors, request, response, model);
        // Throttled (loyalty.throttle.*): what a guesser learns from, an account that exists or a refused referral
        // code; a mistyped name or password is no guess and does not count.
        if (loyaltyRefused || mailboxTaken(errors)) {
            throttle.recordFailure(ThrottleKind.REGISTRATION, mailbox, address);
        } else if (!errors.hasErrors()) {
            throttle.recordSuccess(ThrottleKind.REGISTRATION, mailbox);
        }
        return view;
    }

    private static boolean mailboxTaken(BindingResult errors) {
        for (FieldError error : errors.getFieldErrors("customer.emailAddress")) {
            if ("emailAddress.used".equals(error.getCode())) {
                return true;
            }
        }
        return false;
    }

    private static void tooLong(BindingResult errors, String field, String labelKey, String value, int max) {
        if (value != null && value.length() > max) {
            errors.rejectValue(field, "demo.register.tooLong",
                    new Object[] {new DefaultMessageSourceResolvable(labelKey), max}, null);
        }
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
