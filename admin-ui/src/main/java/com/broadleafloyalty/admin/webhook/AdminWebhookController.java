package com.broadleafloyalty.admin.webhook;

import com.broadleafloyalty.admin.customer.LoyaltyAdminSection;
import com.broadleafloyalty.webhook.service.WebhookService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;

/**
 * Loyalty > Webhooks ({@code /loyalty-webhooks}): the subscriptions, and the messages given up on after a day of
 * retries, each with "resend" (back in the queue with a new day of retries).
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

    @RequestMapping(method = RequestMethod.GET)
    public String list(Model model) {
        section.open(SECTION_KEY, model);
        model.addAttribute("subscriptions", webhooks.subscriptions());
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
