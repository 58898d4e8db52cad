package com.broadleafloyalty.engagement.web;

import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.core.MailLinkRefusedException;
import com.broadleafloyalty.engagement.service.EngagementMailService;
import com.broadleafloyalty.engagement.service.MailLinks;
import com.broadleafloyalty.support.i18n.LoyaltyMessages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/**
 * The links in the module's emails: the open pixel (always the same transparent GIF, recorded only when signed), the
 * click redirect (only to the target the shop signed: no open redirect) and the unsubscribe (a confirmation page,
 * then a POST). A bad link gets a short page in the reader's language with status 400, never an error page.
 */
@Controller
public class EngagementMailController {

    private static final byte[] PIXEL = Base64.getDecoder()
            .decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    @Resource(name = "blLoyaltyEngagementMailService")
    protected EngagementMailService mails;

    @Resource(name = "blLoyaltyMessages")
    protected LoyaltyMessages messages;

    protected String confirmView = "loyalty/unsubscribe";

    @RequestMapping(value = MailLinks.OPEN_PATH, method = RequestMethod.GET)
    public ResponseEntity<byte[]> open(@RequestParam(value = "m", required = false) String mailId,
            @RequestParam(value = "s", required = false) String signature) {
        mails.recordOpen(id(mailId), signature);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.IMAGE_GIF);
        headers.setCacheControl("no-store");
        return new ResponseEntity<byte[]>(PIXEL, headers, HttpStatus.OK);
    }

    @RequestMapping(value = MailLinks.CLICK_PATH, method = RequestMethod.GET)
    public ResponseEntity<byte[]> click(@RequestParam(value = "m", required = false) String mailId,
            @RequestParam(value = "u", required = false) String target,
            @RequestParam(value = "s", required = false) String signature) {
        try {
            String location = mails.recordClick(id(mailId), target, signature);
            HttpHeaders headers = new HttpHeaders();
            headers.setLocation(URI.create(location));
            return new ResponseEntity<byte[]>(headers, HttpStatus.FOUND);
        } catch (MailLinkRefusedException | IllegalArgumentException e) {
            return page(HttpStatus.BAD_REQUEST, messages.message("loyalty.engagement.link.forged"));
        }
    }

    /**
     * The unsubscribe link opens a confirmation page and changes nothing: mail scanners and link previews follow links
     * with GET, and must not unsubscribe anybody. Links sent before this page existed land here too.
     */
    @RequestMapping(value = MailLinks.UNSUBSCRIBE_PATH, method = RequestMethod.GET)
    public ModelAndView confirmUnsubscribe(@RequestParam(value = "m", required = false) String mailId,
            @RequestParam(value = "s", required = false) String signature, HttpServletResponse response)
            throws IOException {
        MailCategory category;
        try {
            category = mails.categoryOfUnsubscribeLink(id(mailId), signature);
        } catch (MailLinkRefusedException e) {
            write(response, page(HttpStatus.BAD_REQUEST, messages.refusal(e)));
            return null;
        }
        ModelAndView page = new ModelAndView(confirmView);
        page.addObject("loyaltyUnsubscribeCategory", category.name());
        page.addObject("loyaltyUnsubscribeWhat", messages.message("loyalty.engagement.category." + category.name()));
        page.addObject("loyaltyUnsubscribeMail", mailId);
        page.addObject("loyaltyUnsubscribeSignature", signature);
        return page;
    }

    /**
     * The confirmation's button. No login: the link's signature (sent back in the form) is the proof that the reader
     * got the email, and it only ever unsubscribes, so it needs no session's form token (a shop excludes this path
     * from its CSRF filter; the page still sends the token, for a shop that does not).
     */
    @RequestMapping(value = MailLinks.UNSUBSCRIBE_PATH, method = RequestMethod.POST)
    public ResponseEntity<byte[]> unsubscribe(@RequestParam(value = "m", required = false) String mailId,
            @RequestParam(value = "s", required = false) String signature) {
        try {
            MailCategory category = mails.unsubscribeByLink(id(mailId), signature);
            return page(HttpStatus.OK, messages.message("loyalty.engagement.unsubscribed",
                    messages.message("loyalty.engagement.category." + category.name())));
        } catch (MailLinkRefusedException e) {
            return page(HttpStatus.BAD_REQUEST, messages.refusal(e));
        }
    }

    private static void write(HttpServletResponse response, ResponseEntity<byte[]> page) throws IOException {
        response.setStatus(page.getStatusCode().value());
        response.setContentType(page.getHeaders().getContentType().toString());
        response.getOutputStream().write(page.getBody());
        response.flushBuffer();
    }

    private ResponseEntity<byte[]> page(HttpStatus status, String sentence) {
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>"
                + HtmlUtils.htmlEscape(messages.message("loyalty.engagement.page.title")) + "</title></head><body><p>"
                + HtmlUtils.htmlEscape(sentence) + "</p></body></html>";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "html", StandardCharsets.UTF_8));
        return new ResponseEntity<byte[]>(html.getBytes(StandardCharsets.UTF_8), headers, status);
    }

    public void setConfirmView(String confirmView) {
        this.confirmView = confirmView;
    }

    private static Long id(String value) {
        if (value == null || value.length() > 18 || !value.matches("[0-9]+")) {
            return null;
        }
        return Long.valueOf(value);
    }
}
