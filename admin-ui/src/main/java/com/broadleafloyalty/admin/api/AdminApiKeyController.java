package com.broadleafloyalty.admin.api;

import com.broadleafloyalty.admin.customer.LoyaltyAdminSection;
import com.broadleafloyalty.api.core.ApiScope;
import com.broadleafloyalty.api.service.ApiKeyService;
import com.broadleafloyalty.api.service.IssuedApiKey;
import com.broadleafloyalty.support.core.LoyaltyRefusal;
import com.broadleafloyalty.support.i18n.LoyaltyMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.List;

import javax.annotation.Resource;

/**
 * Loyalty > API keys ({@code /loyalty-api-keys}): the keys with their scopes and last use, a form that creates one
 * and shows its secret once (on the answer to the POST, never in a URL or a later page), and "revoke".
 */
@Controller("blLoyaltyAdminApiKeyController")
@RequestMapping("/" + AdminApiKeyController.SECTION_KEY)
public class AdminApiKeyController {

    /** The section's URL without its slash, as loaded into BLC_ADMIN_SECTION.URL. */
    public static final String SECTION_KEY = "loyalty-api-keys";

    @Resource(name = "blLoyaltyAdminSection")
    protected LoyaltyAdminSection section;

    @Resource(name = "blLoyaltyMessages")
    protected LoyaltyMessages messages;

    @Resource(name = "blLoyaltyApiKeyService")
    protected ApiKeyService keys;

    @RequestMapping(method = RequestMethod.GET)
    public String list(Model model) {
        section.open(SECTION_KEY, model);
        return page(model);
    }

    @RequestMapping(value = "/create", method = RequestMethod.POST)
    public String create(@RequestParam(value = "name", defaultValue = "") String name,
            @RequestParam(value = "scopes", required = false) List<String> scopes, Model model) {
        String adminLogin = section.openForChange(SECTION_KEY, model);
        try {
            IssuedApiKey issued = keys.create(name, scopes == null ? "" : String.join(",", scopes), adminLogin);
            model.addAttribute("issuedSecret", issued.getSecret());
            model.addAttribute("issuedName", issued.getKey().getName());
        } catch (LoyaltyRefusal e) {
            model.addAttribute("refusal", messages.refusal(e));
            model.addAttribute("keyName", name);
        }
        return page(model);
    }

    @RequestMapping(value = "/{keyId:\\d+}/revoke", method = RequestMethod.POST)
    public String revoke(@PathVariable("keyId") Long keyId, Model model, RedirectAttributes redirect) {
        String adminLogin = section.openForChange(SECTION_KEY, model);
        if (keys.revoke(keyId, adminLogin)) {
            redirect.addFlashAttribute("notice", section.message("loyalty.apiKeys.revoked"));
        }
        return "redirect:/" + SECTION_KEY;
    }

    private String page(Model model) {
        model.addAttribute("keys", keys.keys());
        model.addAttribute("allScopes", Arrays.asList(ApiScope.values()));
        model.addAttribute("viewType", "loyalty/apiKeys");
        return "modules/defaultContainer";
    }
}
