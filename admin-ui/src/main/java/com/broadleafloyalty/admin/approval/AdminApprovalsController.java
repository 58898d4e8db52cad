package com.broadleafloyalty.admin.approval;

import com.broadleafloyalty.admin.customer.LoyaltyAdminSection;
import com.broadleafloyalty.ledger.domain.PendingAdjustment;
import com.broadleafloyalty.ledger.service.AdjustmentApprovals;
import com.broadleafloyalty.support.core.LoyaltyRefusal;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Loyalty > Approvals ({@code /loyalty-approvals}): the adjustments above the approval threshold that wait for a
 * second admin, oldest first, each with "approve" (posts it once) and "reject" (posts nothing). The requester's own
 * requests are listed but refused to them, with the rule's sentence.
 */
@Controller("blLoyaltyAdminApprovalsController")
@RequestMapping("/" + AdminApprovalsController.SECTION_KEY)
public class AdminApprovalsController {

    /** The section's URL without its slash, as loaded into BLC_ADMIN_SECTION.URL. */
    public static final String SECTION_KEY = "loyalty-approvals";

    static final int SHOWN = 200;

    @Resource(name = "blLoyaltyAdminSection")
    protected LoyaltyAdminSection section;

    @Resource(name = "blLoyaltyAdjustmentApprovals")
    protected AdjustmentApprovals approvals;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @RequestMapping(method = RequestMethod.GET)
    public String list(Model model) {
        String adminLogin = section.open(SECTION_KEY, model);
        List<PendingAdjustment> pending = approvals.pending(null, SHOWN);
        model.addAttribute("pending", pending);
        model.addAttribute("customerEmails", emails(pending));
        model.addAttribute("adminLogin", adminLogin);
        model.addAttribute("threshold", approvals.getThreshold());
        model.addAttribute("viewType", "loyalty/approvals");
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/{requestId:\\d+}/approve", method = RequestMethod.POST)
    public String approve(@PathVariable("requestId") Long requestId, Model model, RedirectAttributes redirect) {
        String adminLogin = section.openForChange(SECTION_KEY, model);
        try {
            PendingAdjustment approved = approvals.approve(requestId, adminLogin);
            redirect.addFlashAttribute("notice", section.message("loyalty.approvals.approved",
                    String.valueOf(approved.getId()), approved.getPoints()));
        } catch (LoyaltyRefusal e) {
            redirect.addFlashAttribute("refusal", section.message(e.getText()));
        }
        return "redirect:/" + SECTION_KEY;
    }

    @RequestMapping(value = "/{requestId:\\d+}/reject", method = RequestMethod.POST)
    public String reject(@PathVariable("requestId") Long requestId, Model model, RedirectAttributes redirect) {
        String adminLogin = section.openForChange(SECTION_KEY, model);
        try {
            PendingAdjustment rejected = approvals.reject(requestId, adminLogin);
            redirect.addFlashAttribute("notice", section.message("loyalty.approvals.rejected",
                    String.valueOf(rejected.getId())));
        } catch (LoyaltyRefusal e) {
            redirect.addFlashAttribute("refusal", section.message(e.getText()));
        }
        return "redirect:/" + SECTION_KEY;
    }

    private Map<Long, String> emails(List<PendingAdjustment> pending) {
        Map<Long, String> emails = new HashMap<Long, String>();
        for (PendingAdjustment request : pending) {
            if (!emails.containsKey(request.getCustomerId())) {
                Customer customer = customerService.readCustomerById(request.getCustomerId());
                emails.put(request.getCustomerId(), customer == null ? null : customer.getEmailAddress());
            }
        }
        return emails;
    }
}
