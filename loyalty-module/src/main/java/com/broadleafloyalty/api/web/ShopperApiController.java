package com.broadleafloyalty.api.web;

import com.broadleafloyalty.api.core.ApiRefusal;
import com.broadleafloyalty.feedback.domain.OrderFeedback;
import com.broadleafloyalty.feedback.service.OrderFeedbackService;
import com.broadleafloyalty.redemption.domain.RewardItem;
import com.broadleafloyalty.redemption.core.RedemptionRefusedException;
import com.broadleafloyalty.redemption.service.RedemptionService;
import com.broadleafloyalty.support.web.ClientAddressResolver;
import com.broadleafloyalty.throttle.core.ThrottleKind;
import com.broadleafloyalty.throttle.service.ThrottleService;
import com.broadleafloyalty.throttle.service.ThrottledException;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/** The shopper API: always the caller's own account (session or shopper token), never another customer's. */
@Controller
public class ShopperApiController {

    @Resource(name = "blLoyaltyApiAccess")
    protected ApiAccess access;

    @Resource(name = "blLoyaltyApiDocuments")
    protected AccountDocuments documents;

    @Resource(name = "blLoyaltyRedemptionService")
    protected RedemptionService redemptions;

    @Resource(name = "blLoyaltyOrderFeedbackService")
    protected OrderFeedbackService feedback;

    @Resource(name = "blOrderService")
    protected OrderService orders;

    @Resource(name = "blLoyaltyThrottleService")
    protected ThrottleService throttle;

    @Resource(name = "blLoyaltyClientAddressResolver")
    protected ClientAddressResolver addresses;

    /** One redemption in the shopper's cart. */
    private interface Redemption {
        Order apply();
    }

    @RequestMapping(value = "/me", method = RequestMethod.GET)
    @ResponseBody
    public Map<String, Object> me(HttpServletRequest request) {
        Customer customer = access.requireShopper(request, false);
        Map<String, Object> me = documents.account(customer);
        if (access.caller(request).isSession()) {
            me.put("csrfToken", access.csrfToken());
        }
        return me;
    }

    @RequestMapping(value = "/me/ledger", method = RequestMethod.GET)
    @ResponseBody
    public Map<String, Object> ledger(HttpServletRequest request,
            @RequestParam(value = "page", required = false) String page,
            @RequestParam(value = "size", required = false) String size) {
        return documents.ledgerPage(access.requireShopper(request, false).getId(), page, size);
    }

    /** The active rewards the shopper's available points pay for now. */
    @RequestMapping(value = "/me/rewards", method = RequestMethod.GET)
    @ResponseBody
    public Map<String, Object> rewards(HttpServletRequest request) {
        Customer customer = access.requireShopper(request, false);
        long available = ((Number) documents.account(customer).get("available")).longValue();
        List<Map<String, Object>> items = new ArrayList<Map<String, Object>>();
        for (RewardItem item : redemptions.catalog()) {
            boolean inStock = item.getStock() == null || item.getStock() > 0;
            if (inStock && item.getPointsCost() <= available) {
                items.add(AccountDocuments.reward(item, available));
            }
        }
        Map<String, Object> document = new LinkedHashMap<String, Object>();
        document.put("available", available);
        document.put("rewards", items);
        return document;
    }

    /** Points off the cart, as the cart's "use my points" box: {@code {"points": 200}} (0 takes them off). */
    @RequestMapping(value = "/me/cart/points", method = RequestMethod.POST)
    @ResponseBody
    public Map<String, Object> cartPoints(HttpServletRequest request, @RequestBody Map<String, Object> body) {
        Customer customer = access.requireShopper(request, true);
        Order cart = cartOf(customer);
        Object points = body.get("points");
        String input = points == null ? null : String.valueOf(points);
        if ("0".equals(input)) {
            return cartDocument(redemptions.removePoints(cart));
        }
        return cartDocument(throttled(request, customer, () -> redemptions.applyPoints(cart, input)));
    }

    /** A reward catalog item into the cart: {@code {"rewardId": 3}}. */
    @RequestMapping(value = "/me/cart/rewards", method = RequestMethod.POST)
    @ResponseBody
    public Map<String, Object> cartReward(HttpServletRequest request, @RequestBody Map<String, Object> body) {
        Customer customer = access.requireShopper(request, true);
        Order cart = cartOf(customer);
        Object rewardId = body.get("rewardId");
        String id = rewardId == null ? null : String.valueOf(rewardId);
        return cartDocument(throttled(request, customer, () -> redemptions.redeemReward(cart, id)));
    }

    /**
     * A redemption under the throttle (loyalty.throttle.*): refused ones count against the shopper and the client
     * address; once locked, the call is answered 429 with Retry-After before the redemption is tried.
     */
    private Order throttled(HttpServletRequest request, Customer customer, Redemption redemption) {
        String account = String.valueOf(customer.getId());
        String address = addresses.addressOf(request);
        try {
            throttle.check(ThrottleKind.REDEMPTION, account, address);
        } catch (ThrottledException e) {
            throw ApiRefusal.tooManyAttempts(e.getText(), e.getLockout().secondsToWait());
        }
        try {
            Order priced = redemption.apply();
            throttle.recordSuccess(ThrottleKind.REDEMPTION, account);
            return priced;
        } catch (RedemptionRefusedException e) {
            throttle.recordFailure(ThrottleKind.REDEMPTION, account, address);
            throw e;
        }
    }

    /** Feedback on one of the shopper's own orders: {@code {"orderNumber", "nps", "csat", "comment"}}. */
    @RequestMapping(value = "/me/feedback", method = RequestMethod.POST)
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> feedback(HttpServletRequest request, @RequestBody Map<String, Object> body) {
        Customer customer = access.requireShopper(request, true);
        OrderFeedback answer = feedback.submit(text(body.get("orderNumber")), customer, text(body.get("nps")),
                text(body.get("csat")), text(body.get("comment")));
        Map<String, Object> document = new LinkedHashMap<String, Object>();
        document.put("orderNumber", answer.getOrderNumber());
        document.put("nps", answer.getNps());
        document.put("csat", answer.getCsat());
        return document;
    }

    private Order cartOf(Customer customer) {
        Order cart = orders.findCartForCustomer(customer);
        if (cart == null || cart instanceof NullOrderImpl) {
            throw ApiRefusal.badRequest("loyalty.api.cartEmpty");
        }
        return cart;
    }

    private Map<String, Object> cartDocument(Order cart) {
        Map<String, Object> document = new LinkedHashMap<String, Object>();
        document.put("orderId", cart.getId());
        document.put("pointsAvailable", redemptions.availableFor(cart));
        document.put("subTotal", cart.getSubTotal() == null ? null : cart.getSubTotal().getAmount());
        document.put("total", cart.getTotal() == null ? null : cart.getTotal().getAmount());
        return document;
    }

    static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
