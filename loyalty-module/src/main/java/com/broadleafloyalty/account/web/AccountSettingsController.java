package com.broadleafloyalty.account.web;

import com.broadleafloyalty.account.service.AccountSettingRefusedException;
import com.broadleafloyalty.account.service.CustomerAccountService;
import com.broadleafloyalty.account.service.ReferralOutcome;
import com.broadleafloyalty.support.i18n.LoyaltyMessages;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;

/**
 * The small forms of My loyalty's account section: birth date (once), newsletter on/off, a referral code for a
 * customer who has not ordered yet. Each answers with a flash message ({@code accountMessage} or
 * {@code accountError}) back on My loyalty; a refused value changes nothing.
 */
@Controller
public class AccountSettingsController {

    public static final String BIRTH_DATE_PATH = "/account/loyalty/birth-date";
    public static final String NEWSLETTER_PATH = "/account/loyalty/newsletter";
    public static final String REFERRAL_PATH = "/account/loyalty/referral";

    @Resource(name = "blLoyaltyCustomerAccountService")
    protected CustomerAccountService accounts;

    @Resource(name = "blLoyaltyMessages")
    protected LoyaltyMessages messages;

    protected String myLoyaltyRedirect = "redirect:/account/loyalty";
    protected String loginRedirect = "redirect:/login";

    @RequestMapping(value = BIRTH_DATE_PATH, method = RequestMethod.POST)
    public String birthDate(@RequestParam(value = "birthDate", required = false) String birthDate,
            RedirectAttributes flash) {
        Customer customer = shopper();
        if (customer == null) {
            return loginRedirect;
        }
        try {
            accounts.setBirthDate(customer, birthDate);
            flash.addFlashAttribute("accountMessage", messages.message("loyalty.settings.birthDate.saved"));
        } catch (AccountSettingRefusedException e) {
            flash.addFlashAttribute("accountError", messages.refusal(e));
        }
        return myLoyaltyRedirect;
    }

    @RequestMapping(value = NEWSLETTER_PATH, method = RequestMethod.POST)
    public String newsletter(@RequestParam(value = "subscribed", defaultValue = "false") boolean subscribed,
            RedirectAttributes flash) {
        Customer customer = shopper();
        if (customer == null) {
            return loginRedirect;
        }
        accounts.setNewsletter(customer, subscribed);
        flash.addFlashAttribute("accountMessage", messages.message(subscribed ? "loyalty.settings.newsletter.subscribed"
                : "loyalty.settings.newsletter.unsubscribed"));
        return myLoyaltyRedirect;
    }

    @RequestMapping(value = REFERRAL_PATH, method = RequestMethod.POST)
    public String referral(@RequestParam(value = "code", required = false) String code, RedirectAttributes flash) {
        Customer customer = shopper();
        if (customer == null) {
            return loginRedirect;
        }
        if (code == null || code.trim().isEmpty()) {
            flash.addFlashAttribute("accountError", messages.message("loyalty.settings.referral.codeMissing"));
            return myLoyaltyRedirect;
        }
        ReferralOutcome outcome = accounts.applyReferralCode(customer, code);
        flash.addFlashAttribute(outcome.isAccepted() ? "accountMessage" : "accountError",
                messages.text(outcome.getMessage()));
        return myLoyaltyRedirect;
    }

    private static Customer shopper() {
        Customer customer = CustomerState.getCustomer();
        return customer != null && customer.isRegistered() ? customer : null;
    }

    public void setMyLoyaltyRedirect(String myLoyaltyRedirect) {
        this.myLoyaltyRedirect = myLoyaltyRedirect;
    }

    public void setLoginRedirect(String loginRedirect) {
        this.loginRedirect = loginRedirect;
    }
}
