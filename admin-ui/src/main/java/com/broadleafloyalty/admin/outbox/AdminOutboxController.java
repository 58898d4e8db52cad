package com.broadleafloyalty.admin.outbox;

import com.broadleafloyalty.admin.customer.LoyaltyAdminSection;
import com.broadleafloyalty.engagement.service.MailOutbox;
import com.broadleafloyalty.engagement.service.OutboxMail;
import com.broadleafloyalty.lifecycle.service.LifecycleMailJob;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Date;

import javax.annotation.Resource;

/**
 * Loyalty > Outbox ({@code /loyalty-outbox}): the emails the site sent, newest first, each opened as rendered HTML,
 * and "send the due lifecycle emails now" (optionally as if some hours had passed, so an idle cart is due at once).
 * It lists mails only where the site provides a {@link MailOutbox} (the demo shop's embedded SMTP server); a real
 * shop's mail goes to its mail server and the page says so.
 */
@Controller("blLoyaltyAdminOutboxController")
@RequestMapping("/" + AdminOutboxController.SECTION_KEY)
public class AdminOutboxController {

    public static final String SECTION_KEY = "loyalty-outbox";
    static final int SHOWN = 200;
    static final int MAX_HOURS_LATER = 24 * 60;

    @Resource(name = "blLoyaltyAdminSection")
    protected LoyaltyAdminSection section;

    @Resource(name = "blLoyaltyLifecycleMailJob")
    protected LifecycleMailJob lifecycle;

    @Autowired(required = false)
    protected MailOutbox outbox;

    @RequestMapping(method = RequestMethod.GET)
    public String list(Model model) {
        section.open(SECTION_KEY, model);
        model.addAttribute("outboxAvailable", outbox != null);
        model.addAttribute("mails", outbox == null ? Collections.<OutboxMail>emptyList() : outbox.recent(SHOWN));
        model.addAttribute("viewType", "loyalty/outbox");
        return "modules/defaultContainer";
    }

    /** The mail as it was rendered, sandboxed (no scripts, no same-origin access) when shown in the admin. */
    @RequestMapping(value = "/{mailId:\\d{1,9}}", method = RequestMethod.GET)
    public ResponseEntity<byte[]> show(@PathVariable("mailId") int mailId, Model model) {
        section.open(SECTION_KEY, model);
        OutboxMail mail = outbox == null ? null : outbox.find(mailId);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "html", StandardCharsets.UTF_8));
        headers.set("Content-Security-Policy", "sandbox");
        if (mail == null || mail.getHtml() == null) {
            return new ResponseEntity<byte[]>(section.message("loyalty.outbox.missing")
                    .getBytes(StandardCharsets.UTF_8), headers, HttpStatus.NOT_FOUND);
        }
        return new ResponseEntity<byte[]>(mail.getHtml().getBytes(StandardCharsets.UTF_8), headers, HttpStatus.OK);
    }

    @RequestMapping(value = "/run", method = RequestMethod.POST)
    public String run(@RequestParam(value = "hoursLater", required = false) String hoursLater, Model model,
            RedirectAttributes redirect) {
        section.open(SECTION_KEY, model);
        Integer hours = hours(hoursLater);
        if (hours == null) {
            redirect.addFlashAttribute("outboxError", section.message("loyalty.outbox.hoursInvalid",
                    String.valueOf(MAX_HOURS_LATER)));
            return "redirect:/" + SECTION_KEY;
        }
        int sent = lifecycle.runAt(new Date(SystemTime.asMillis() + hours * 3_600_000L));
        redirect.addFlashAttribute("notice", section.message("loyalty.outbox.ran", sent));
        return "redirect:/" + SECTION_KEY;
    }

    private static Integer hours(String value) {
        if (value == null || value.trim().isEmpty()) {
            return 0;
        }
        String trimmed = value.trim();
        if (trimmed.length() > 5 || !trimmed.matches("[0-9]+")) {
            return null;
        }
        int hours = Integer.parseInt(trimmed);
        return hours <= MAX_HOURS_LATER ? hours : null;
    }
}
