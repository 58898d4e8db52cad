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
 * form naming a category the shop does not offer is refused whole. A visitor is sent to log in.
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
            @RequestParam(value = "digest", defaultValue = "false") String digest, RedirectAttributes flash) {
        Customer customer = shopper();
        if (customer == null) {
            return toLogin();
        }
        List<MailCategory> choices = mails.preferencesOf(customer.getId()).getChoices();
        Set<MailCategory> wanted = EnumSet.noneOf(MailCategory.class);
        boolean known = true;
        for (String name : categories == null ? new String[0] : categories) {
            MailCategory category = MailCategory.parse(name);
            if (category == null || !choices.contains(category)) {
                known = false;
            } else {
                wanted.add(category);
            }
        }
        if (!known) {
            flash.addFlashAttribute("loyaltyMailPreferencesError",
                    messages.message("loyalty.preferences.unknownCategory"));
        } else {
            mails.savePreferences(customer.getId(), wanted, "true".equalsIgnoreCase(digest) || "on".equals(digest));
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
