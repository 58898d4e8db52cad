package com.broadleafloyalty.account.web;

import com.broadleafloyalty.account.service.AccountSettingRefusedException;
import com.broadleafloyalty.account.service.CustomerAccountService;
import com.broadleafloyalty.account.service.ReferralOutcome;
import com.broadleafloyalty.support.i18n.LoyaltyMessages;
import com.broadleafloyalty.support.web.ClientAddressResolver;
import com.broadleafloyalty.throttle.core.ThrottleKind;
import com.broadleafloyalty.throttle.service.ThrottleService;
import com.broadleafloyalty.throttle.service.ThrottledException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

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

    @Resource(name = "blLoyaltyThrottleService")
    protected ThrottleService throttle;

    @Resource(name = "blLoyaltyClientAddressResolver")
    protected ClientAddressResolver addresses;

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

    /** A refused code counts against the shopper and the client address: a guessing loop is locked out. */
    @RequestMapping(value = REFERRAL_PATH, method = RequestMethod.POST)
    public String referral(@RequestParam(value = "code", required = false) String code, RedirectAttributes flash,
            HttpServletRequest request) {
        Customer customer = shopper();
        if (customer == null) {
            return loginRedirect;
        }
        if (code == null || code.trim().isEmpty()) {
            flash.addFlashAttribute("accountError", messages.message("loyalty.settings.referral.codeMissing"));
            return myLoyaltyRedirect;
        }
        String account = String.valueOf(customer.getId());
        String address = addresses.addressOf(request);
        try {
            throttle.check(ThrottleKind.REFERRAL_CODE, account, address);
        } catch (ThrottledException e) {
            flash.addFlashAttribute("accountError", messages.refusal(e));
            return myLoyaltyRedirect;
        }
        ReferralOutcome outcome = accounts.applyReferralCode(customer, code);
        if (outcome.isAccepted()) {
            throttle.recordSuccess(ThrottleKind.REFERRAL_CODE, account);
        } else {
            throttle.recordFailure(ThrottleKind.REFERRAL_CODE, account, address);
        }
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
