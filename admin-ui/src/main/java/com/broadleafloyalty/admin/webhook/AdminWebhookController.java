package com.broadleafloyalty.admin.webhook;

import com.broadleafloyalty.admin.customer.LoyaltyAdminSection;
import com.broadleafloyalty.support.core.LoyaltyRefusal;
import com.broadleafloyalty.support.i18n.LoyaltyMessages;
import com.broadleafloyalty.webhook.service.WebhookService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

import javax.annotation.Resource;

/**
 * Loyalty > Webhooks ({@code /loyalty-webhooks}): the subscriptions (a form creates one: address, events, secret;
 * "deactivate" stops one), and the messages given up on after a day of retries, each with "resend" (back in the queue
 * with a new day of retries). Every change is in the audit log.
 */
@Controller("blLoyaltyAdminWebhookController")
@RequestMapping("/" + AdminWebhookController.SECTION_KEY)
public class AdminWebhookController {

    /** The section's URL without its slash, as loaded into BLC_ADMIN_SECTION.URL. */
    public static final String SECTION_KEY = "loyalty-webhooks";

    static final int FAILED_SHOWN = 100;

    @Resource(name = "blLoyaltyAdminSection")
    protected LoyaltyAdminSection section;

    @Resource(name = "blLoyaltyWebhookService")
    protected WebhookService webhooks;

    @Resource(name = "blLoyaltyMessages")
    protected LoyaltyMessages messages;

    @RequestMapping(method = RequestMethod.GET)
    public String list(Model model) {
        section.open(SECTION_KEY, model);
        return page(model);
    }

    /** A new subscription; a refused one (bad address, no event, short secret) is a sentence, nothing saved. */
    @RequestMapping(value = "/subscribe", method = RequestMethod.POST)
    public String subscribe(@RequestParam(value = "url", defaultValue = "") String url,
            @RequestParam(value = "events", required = false) List<String> events,
            @RequestParam(value = "secret", defaultValue = "") String secret, Model model,
            RedirectAttributes redirect) {
        String adminLogin = section.openForChange(SECTION_KEY, model);
        try {
            webhooks.subscribe(url, events == null ? "" : String.join(",", events), secret, adminLogin);
        } catch (LoyaltyRefusal e) {
            model.addAttribute("refusal", messages.refusal(e));
            model.addAttribute("url", url);
            model.addAttribute("chosenEvents", events);
            return page(model);
        }
        redirect.addFlashAttribute("notice", section.message("loyalty.webhooks.subscribed", url.trim()));
        return "redirect:/" + SECTION_KEY;
    }

    @RequestMapping(value = "/subscriptions/{subscriptionId:\\d+}/deactivate", method = RequestMethod.POST)
    public String deactivate(@PathVariable("subscriptionId") Long subscriptionId, Model model,
            RedirectAttributes redirect) {
        String adminLogin = section.openForChange(SECTION_KEY, model);
        if (webhooks.unsubscribe(subscriptionId, adminLogin)) {
            redirect.addFlashAttribute("notice", section.message("loyalty.webhooks.deactivated"));
        }
        return "redirect:/" + SECTION_KEY;
    }

    private String page(Model model) {
        model.addAttribute("subscriptions", webhooks.subscriptions());
        model.addAttribute("eventTypes", webhooks.eventTypes());
        model.addAttribute("failed", webhooks.failed(FAILED_SHOWN));
        model.addAttribute("viewType", "loyalty/webhooks");
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/messages/{messageId:\\d+}/resend", method = RequestMethod.POST)
    public String resend(@PathVariable("messageId") Long messageId, Model model, RedirectAttributes redirect) {
        String adminLogin = section.openForChange(SECTION_KEY, model);
        if (webhooks.resend(messageId, adminLogin)) {
            redirect.addFlashAttribute("notice", section.message("loyalty.webhooks.resent"));
        }
        return "redirect:/" + SECTION_KEY;
    }
}
