package com.broadleafloyalty.admin.feedback;

import com.broadleafloyalty.admin.customer.LoyaltyAdminSection;
import com.broadleafloyalty.feedback.domain.OrderFeedback;
import com.broadleafloyalty.feedback.service.OrderFeedbackService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

/**
 * The Feedback section ({@code /loyalty-feedback}), read-only: NPS, CSAT and the number of answers for a date range
 * (default: the last 30 days, both days included), and the newest answers of that range. The figures are the loyalty
 * service's; this controller only reads the range and fills the page.
 */
@Controller("blLoyaltyAdminFeedbackController")
@RequestMapping("/" + AdminFeedbackController.SECTION_KEY)
public class AdminFeedbackController {

    /** The section's URL without its slash, as loaded into BLC_ADMIN_SECTION.URL. */
    public static final String SECTION_KEY = "loyalty-feedback";

    static final int NEWEST = 100;
    static final int DEFAULT_DAYS = 30;

    @Resource(name = "blLoyaltyAdminSection")
    protected LoyaltyAdminSection section;

    @Resource(name = "blLoyaltyOrderFeedbackService")
    protected OrderFeedbackService feedbackService;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @RequestMapping(method = RequestMethod.GET)
    public String kpis(@RequestParam(value = "from", defaultValue = "") String fromText,
            @RequestParam(value = "to", defaultValue = "") String toText, Model model) {
        section.open(SECTION_KEY, model);
        Date today = startOfDay(new Date());
        Date from = addDays(today, -(DEFAULT_DAYS - 1));
        Date to = today;
        try {
            from = fromText.trim().isEmpty() ? from : parseDay(fromText);
            to = toText.trim().isEmpty() ? to : parseDay(toText);
            if (to.before(from)) {
                throw new ParseException("to before from", 0);
            }
        } catch (ParseException e) {
            model.addAttribute("refusal", section.message("loyalty.feedback.badRange", fromText, toText));
            from = addDays(today, -(DEFAULT_DAYS - 1));
            to = today;
        }
        Date end = addDays(to, 1);
        model.addAttribute("from", format(from));
        model.addAttribute("to", format(to));
        model.addAttribute("scores", feedbackService.kpis(from, end));
        List<OrderFeedback> answers = feedbackService.newest(from, end, NEWEST);
        model.addAttribute("answers", answers);
        model.addAttribute("customerEmails", emails(answers));
        model.addAttribute("viewType", "loyalty/feedbackKpis");
        return "modules/defaultContainer";
    }

    /** The answering customers by email address, as admins know them (ids mean nothing to them). */
    private Map<Long, String> emails(List<OrderFeedback> answers) {
        Map<Long, String> emails = new HashMap<Long, String>();
        for (OrderFeedback answer : answers) {
            Long customerId = answer.getCustomerId();
            if (customerId != null && !emails.containsKey(customerId)) {
                Customer customer = customerService.readCustomerById(customerId);
                emails.put(customerId, customer == null ? null : customer.getEmailAddress());
            }
        }
        return emails;
    }

    private static Date parseDay(String text) throws ParseException {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
        format.setLenient(false);
        return format.parse(text.trim());
    }

    private static String format(Date day) {
        return new SimpleDateFormat("yyyy-MM-dd").format(day);
    }

    private static Date startOfDay(Date date) {
        Calendar calendar = Calendar.getInstance();
        calendar.setTime(date);
        calendar.set(Calendar.HOUR_OF_DAY, 0);
        calendar.set(Calendar.MINUTE, 0);
        calendar.set(Calendar.SECOND, 0);
        calendar.set(Calendar.MILLISECOND, 0);
        return calendar.getTime();
    }

    private static Date addDays(Date date, int days) {
        Calendar calendar = Calendar.getInstance();
        calendar.setTime(date);
        calendar.add(Calendar.DAY_OF_MONTH, days);
        return calendar.getTime();
    }
}
