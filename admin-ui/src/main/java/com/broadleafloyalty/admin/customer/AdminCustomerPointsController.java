package com.broadleafloyalty.admin.customer;

import com.broadleafloyalty.ledger.service.AdjustmentApprovals;
import com.broadleafloyalty.ledger.service.AdjustmentRefusedException;
import com.broadleafloyalty.ledger.service.AdjustmentRequest;
import com.broadleafloyalty.returns.service.LoyaltyReturnService;
import com.broadleafloyalty.returns.service.ReturnOutcome;
import com.broadleafloyalty.support.core.LoyaltyRefusal;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/**
 * The Customer points section ({@code /loyalty-customers}): find a customer, see their loyalty account, adjust their
 * points by hand (above the approval threshold the adjustment waits for another admin), cancel an order or record a
 * partial return. Every decision is the loyalty services'; a refusal
 * is shown on the page in the service's words and nothing is saved. Successful changes redirect (post/redirect/get),
 * so reloading the page never adjusts twice.
 */
@Controller("blLoyaltyAdminCustomerPointsController")
@RequestMapping("/" + AdminCustomerPointsController.SECTION_KEY)
public class AdminCustomerPointsController {

    /** The section's URL without its slash, as loaded into BLC_ADMIN_SECTION.URL. */
    public static final String SECTION_KEY = "loyalty-customers";

    /**
     * A path segment with a character other than a digit. Written without '*' on purpose: Spring counts each '*' of a
     * pattern as a wildcard, and Broadleaf's generic {@code /{sectionKey}/{id}} would then win over this mapping.
     */
    private static final String NOT_AN_ID = "\\D|\\D.+|.+\\D|.+\\D.+";

    @Resource(name = "blLoyaltyAdminSection")
    protected LoyaltyAdminSection section;

    @Resource(name = "blLoyaltyAdminCustomerSearch")
    protected CustomerSearch customerSearch;

    @Resource(name = "blLoyaltyAdminCustomerAccountModel")
    protected CustomerAccountModel accountModel;

    @Resource(name = "blLoyaltyAdjustmentApprovals")
    protected AdjustmentApprovals approvals;

    @Resource(name = "blLoyaltyReturnService")
    protected LoyaltyReturnService returnService;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @RequestMapping(method = RequestMethod.GET)
    public String search(@RequestParam(value = "q", defaultValue = "") String text, Model model) {
        section.open(SECTION_KEY, model);
        model.addAttribute("query", text);
        if (!text.trim().isEmpty()) {
            model.addAttribute("customers", customerSearch.find(text));
        }
        return page(model, "loyalty/customerSearch");
    }

    /** Opens the account of the customer who placed the order with that number. */
    @RequestMapping(value = "/order", method = RequestMethod.GET)
    public String findOrder(@RequestParam(value = "number", defaultValue = "") String number, Model model) {
        section.open(SECTION_KEY, model);
        Order order = number.trim().isEmpty() ? null : orderService.findOrderByOrderNumber(number.trim());
        if (order == null || order.getCustomer() == null || !order.getCustomer().isRegistered()) {
            model.addAttribute("orderNumber", number);
            model.addAttribute("refusal", section.message("loyalty.customerPoints.orderNotFound", number.trim()));
            return page(model, "loyalty/customerSearch");
        }
        return "redirect:/" + SECTION_KEY + "/" + order.getCustomer().getId();
    }

    @RequestMapping(value = "/{customerId:\\d+}", method = RequestMethod.GET)
    public String account(@PathVariable("customerId") Long customerId,
            @RequestParam(value = "ledgerPage", defaultValue = "1") String ledgerPage,
            @RequestParam(value = "ordersPage", defaultValue = "1") String ordersPage, Model model) {
        section.open(SECTION_KEY, model);
        return accountPage(customerId, model, CustomerAccountModel.page(ledgerPage),
                CustomerAccountModel.page(ordersPage));
    }

    /**
     * A customer or order id that is not a number ("/abc", "/abc/adjust", "/1/orders/x/return"): a 404 with the
     * customer search and a sentence, instead of Broadleaf's generic entity pages, which fail on such paths.
     */
    @RequestMapping(value = {"/{notACustomer:" + NOT_AN_ID + "}", "/{notACustomer:" + NOT_AN_ID + "}/adjust",
        "/{notACustomer:" + NOT_AN_ID + "}/orders/{orderId}/cancel",
        "/{notACustomer:" + NOT_AN_ID + "}/orders/{orderId}/return",
        "/{customerId:\\d+}/orders/{notACustomer:" + NOT_AN_ID + "}/cancel",
        "/{customerId:\\d+}/orders/{notACustomer:" + NOT_AN_ID + "}/return"})
    public String notACustomer(@PathVariable("notACustomer") String path, Model model,
            HttpServletResponse response) {
        section.open(SECTION_KEY, model);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("refusal", section.message("loyalty.customerPoints.customerNotFound", path));
        return page(model, "loyalty/customerSearch");
    }

    @RequestMapping(value = "/{customerId:\\d+}/adjust", method = RequestMethod.POST)
    public String adjust(@PathVariable("customerId") Long customerId,
            @RequestParam(value = "points", defaultValue = "") String points,
            @RequestParam(value = "reason", defaultValue = "") String reason,
            Model model, RedirectAttributes redirect) {
        String adminLogin = section.openForChange(SECTION_KEY, model);
        try {
            AdjustmentRequest request = approvals.request(customerId, points, reason, adminLogin);
            long adjusted = request.getPoints();
            if (request.isPending()) {
                // Above loyalty.audit.approval.threshold: held for another admin, the balance is unchanged.
                redirect.addFlashAttribute("notice", section.message("loyalty.customerPoints.adjustPending",
                        signed(adjusted), Math.abs(adjusted), approvals.getThreshold()));
            } else {
                redirect.addFlashAttribute("notice", section.message("loyalty.customerPoints.adjusted",
                        signed(adjusted), Math.abs(adjusted)));
            }
            return accountRedirect(customerId);
        } catch (AdjustmentRefusedException e) {
            model.addAttribute("refusal", section.message(e.getText()));
            model.addAttribute("adjustPoints", points);
            model.addAttribute("adjustReason", reason);
            return accountPage(customerId, model);
        }
    }

    @RequestMapping(value = "/{customerId:\\d+}/orders/{orderId:\\d+}/cancel", method = RequestMethod.POST)
    public String cancel(@PathVariable("customerId") Long customerId, @PathVariable("orderId") Long orderId,
            Model model, RedirectAttributes redirect) {
        String adminLogin = section.openForChange(SECTION_KEY, model);
        try {
            Order order = orderOf(customerId, orderId);
            ReturnOutcome outcome = returnService.cancelOrder(orderId, adminLogin);
            redirect.addFlashAttribute("notice", outcomeNotice("cancelled", order.getOrderNumber(), null, outcome));
            return accountRedirect(customerId);
        } catch (LoyaltyRefusal e) {
            model.addAttribute("refusal", section.message(e.getText()));
            return accountPage(customerId, model);
        }
    }

    @RequestMapping(value = "/{customerId:\\d+}/orders/{orderId:\\d+}/return", method = RequestMethod.POST)
    public String returnItems(@PathVariable("customerId") Long customerId, @PathVariable("orderId") Long orderId,
            @RequestParam(value = "returnReference", defaultValue = "") String returnReference,
            @RequestParam Map<String, String> fields, Model model, RedirectAttributes redirect) {
        String adminLogin = section.openForChange(SECTION_KEY, model);
        try {
            Order order = orderOf(customerId, orderId);
            ReturnOutcome outcome = returnService.returnItems(orderId, returnReference.trim(),
                    ReturnQuantities.parse(fields), adminLogin);
            redirect.addFlashAttribute("notice",
                    outcomeNotice("returned", order.getOrderNumber(), returnReference.trim(), outcome));
            return accountRedirect(customerId);
        } catch (LoyaltyRefusal e) {
            model.addAttribute("refusal", section.message(e.getText()));
            model.addAttribute("returnOrderId", orderId);
            model.addAttribute("returnReference", returnReference);
            return accountPage(customerId, model);
        }
    }

    private String accountPage(Long customerId, Model model) {
        return accountPage(customerId, model, 1, 1);
    }

    private String accountPage(Long customerId, Model model, int ledgerPage, int ordersPage) {
        Customer customer = customerService.readCustomerById(customerId);
        if (customer == null) {
            model.addAttribute("refusal",
                    section.message("loyalty.customerPoints.customerNotFound", String.valueOf(customerId)));
            return page(model, "loyalty/customerSearch");
        }
        accountModel.addTo(model, customer, ledgerPage, ordersPage);
        return page(model, "loyalty/customerPoints");
    }

    /** The order, when it is one of this customer's; the page only acts on the orders it lists. */
    private Order orderOf(Long customerId, Long orderId) {
        Order order = orderService.findOrderById(orderId);
        if (order == null || order.getCustomer() == null || !customerId.equals(order.getCustomer().getId())) {
            throw new LoyaltyRefusal("loyalty.customerPoints.notTheirOrder",
                    order == null || order.getOrderNumber() == null ? String.valueOf(orderId) : order.getOrderNumber());
        }
        return order;
    }

    private String outcomeNotice(String action, String orderNumber, String reference, ReturnOutcome outcome) {
        if (outcome.isAlreadyRecorded()) {
            return section.message("loyalty.customerPoints." + action + ".alreadyRecorded", orderNumber, reference);
        }
        String notice = section.message("loyalty.customerPoints." + action, orderNumber, reference,
                outcome.getPointsClawedBack(), outcome.getPointsRestored());
        if (outcome.getShortfall() > 0) {
            notice += " " + section.message("loyalty.customerPoints.shortfall", outcome.getShortfall());
        }
        return notice;
    }

    private static String signed(long points) {
        return points > 0 ? "+" + points : Long.toString(points);
    }

    private static String accountRedirect(Long customerId) {
        return "redirect:/" + SECTION_KEY + "/" + customerId;
    }

    /** Broadleaf's admin layout: the section container, which includes {@code views/<viewType>}. */
    private static String page(Model model, String viewType) {
        model.addAttribute("viewType", viewType);
        return "modules/defaultContainer";
    }
}
