package com.broadleafloyalty.engagement.web;

import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.service.EngagementMailService;
import com.broadleafloyalty.support.i18n.LoyaltyMessages;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.annotation.Resource;

/**
 * The shopper's email preferences ({@value #PATH}, linked from My loyalty): one checkbox per category they may turn
 * off, and the digest opt-in. The POST (with Broadleaf's form token) saves all of it and comes back with a message; a
 * form that is not as the page sends it (a category the shop does not offer, a digest other than true or false) is
 * refused whole and changes nothing. A visitor is sent to log in.
 */
@Controller
public class MailPreferencesController {

    public static final String PATH = "/account/loyalty/emails";

    @Resource(name = "blLoyaltyEngagementMailService")
    protected EngagementMailService mails;

    @Resource(name = "blLoyaltyMessages")
    protected LoyaltyMessages messages;

    protected String view = "loyalty/emailPreferences";
    protected String loginRedirect = "redirect:/login";

    @RequestMapping(value = PATH, method = RequestMethod.GET)
    public String page(Model model) {
        Customer customer = shopper();
        if (customer == null) {
            return toLogin();
        }
        model.addAttribute("loyaltyMailPreferences", mails.preferencesOf(customer.getId()));
        return view;
    }

    @RequestMapping(value = PATH, method = RequestMethod.POST)
    public String save(@RequestParam(value = "category", required = false) String[] categories,
            @RequestParam(value = "digest", required = false) String digest, RedirectAttributes flash) {
        Customer customer = shopper();
        if (customer == null) {
            return toLogin();
        }
        List<MailCategory> choices = mails.preferencesOf(customer.getId()).getChoices();
        Set<MailCategory> wanted = EnumSet.noneOf(MailCategory.class);
        boolean asSent = digest == null || "true".equals(digest) || "false".equals(digest);
        for (String name : categories == null ? new String[0] : categories) {
            MailCategory category = MailCategory.parse(name);
            if (category == null || !choices.contains(category)) {
                asSent = false;
            } else {
                wanted.add(category);
            }
        }
        if (!asSent) {
            flash.addFlashAttribute("loyaltyMailPreferencesError", messages.message("loyalty.preferences.badForm"));
        } else {
            mails.savePreferences(customer.getId(), wanted, "true".equals(digest));
            flash.addFlashAttribute("loyaltyMailPreferencesSaved", messages.message("loyalty.preferences.saved"));
        }
        return "redirect:" + PATH;
    }

    private String toLogin() {
        return loginRedirect + (loginRedirect.contains("?") ? "&" : "?") + "successUrl=" + PATH;
    }

    private static Customer shopper() {
        Customer customer = CustomerState.getCustomer();
        return customer != null && customer.isRegistered() ? customer : null;
    }

    public void setView(String view) {
        this.view = view;
    }

    public void setLoginRedirect(String loginRedirect) {
        this.loginRedirect = loginRedirect;
    }
}
