package com.broadleafloyalty.feedback.web;

import com.broadleafloyalty.feedback.core.FeedbackRefusedException;
import com.broadleafloyalty.feedback.domain.OrderFeedback;
import com.broadleafloyalty.feedback.service.OrderFeedbackService;
import com.broadleafloyalty.support.i18n.LoyaltyMessages;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;

import javax.annotation.Resource;

/**
 * The feedback form of one order ({@code /loyalty/feedback?orderNumber=...}), linked from the order page and the
 * feedback-request email. A visitor is sent to log in and back; someone else's order is refused like a missing one.
 * After a POST the shopper is redirected to the same page, which then shows the stored answer.
 */
@Controller
public class OrderFeedbackController {

    public static final String PATH = "/loyalty/feedback";

    @Resource(name = "blLoyaltyOrderFeedbackService")
    protected OrderFeedbackService feedbackService;

    @Resource(name = "blLoyaltyMessages")
    protected LoyaltyMessages messages;

    protected String view = "loyalty/feedback";
    protected String loginRedirect = "redirect:/login";

    @RequestMapping(value = PATH, method = RequestMethod.GET)
    public String form(@RequestParam(value = "orderNumber", required = false) String orderNumber, Model model) {
        Customer customer = CustomerState.getCustomer();
        if (customer == null || !customer.isRegistered()) {
            return toLogin(orderNumber);
        }
        model.addAttribute("loyaltyFeedbackOrderNumber", orderNumber);
        try {
            Order order = feedbackService.orderFor(orderNumber, customer);
            OrderFeedback answer = feedbackService.answerFor(order.getId());
            model.addAttribute("loyaltyFeedbackOrderNumber", order.getOrderNumber());
            model.addAttribute("loyaltyFeedbackAnswer", answer);
            model.addAttribute("loyaltyFeedbackCanAnswer", answer == null);
            model.addAttribute("loyaltyFeedbackReviewPoints", feedbackService.getReviewPoints());
        } catch (FeedbackRefusedException e) {
            model.addAttribute("loyaltyFeedbackRefused", messages.refusal(e));
            model.addAttribute("loyaltyFeedbackCanAnswer", false);
        }
        return view;
    }

    @RequestMapping(value = PATH, method = RequestMethod.POST)
    public String submit(@RequestParam(value = "orderNumber", required = false) String orderNumber,
            @RequestParam(value = "nps", required = false) String nps,
            @RequestParam(value = "csat", required = false) String csat,
            @RequestParam(value = "comment", required = false) String comment,
            RedirectAttributes redirect) {
        Customer customer = CustomerState.getCustomer();
        if (customer == null || !customer.isRegistered()) {
            return toLogin(orderNumber);
        }
        try {
            OrderFeedback stored = feedbackService.submit(orderNumber, customer, nps, csat, comment);
            redirect.addFlashAttribute("loyaltyFeedbackThanks", true);
            redirect.addFlashAttribute("loyaltyFeedbackPointsAwarded", stored.getReviewPointsAwarded());
        } catch (FeedbackRefusedException e) {
            redirect.addFlashAttribute("loyaltyFeedbackError", messages.refusal(e));
            redirect.addFlashAttribute("loyaltyFeedbackNps", nps);
            redirect.addFlashAttribute("loyaltyFeedbackCsat", csat);
            redirect.addFlashAttribute("loyaltyFeedbackComment", comment);
        }
        redirect.addAttribute("orderNumber", orderNumber == null ? "" : orderNumber.trim());
        return "redirect:" + PATH;
    }

    private String toLogin(String orderNumber) {
        String back = PATH + (orderNumber == null ? "" : "?orderNumber=" + encode(orderNumber));
        return loginRedirect + (loginRedirect.contains("?") ? "&" : "?") + "successUrl=" + encode(back);
    }

    private static String encode(String text) {
        try {
            return URLEncoder.encode(text, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public void setView(String view) {
        this.view = view;
    }

    public void setLoginRedirect(String loginRedirect) {
        this.loginRedirect = loginRedirect;
    }
}
