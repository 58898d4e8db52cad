package com.broadleafloyalty.admin.customer;

import com.broadleafloyalty.account.service.CustomerAccountService;
import com.broadleafloyalty.ledger.core.AccountPosition;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.LoyaltyProgram;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.privacy.domain.PrivacyRequest;
import com.broadleafloyalty.privacy.service.PrivacyService;
import com.broadleafloyalty.segment.service.CustomerSegmentService;
import com.broadleafloyalty.segment.service.CustomerSegmentView;
import com.broadleafloyalty.support.core.MoneyAmount;
import com.broadleafloyalty.challenge.service.ChallengeService;
import com.broadleafloyalty.tier.service.LoyaltyTierService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.ui.Model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

/**
 * What the Customer points page shows of one customer: balance, position, one page of the ledger
 * ({@value #LEDGER_PAGE_SIZE} lines) and of the placed orders ({@value #ORDERS_PAGE_SIZE}), tier, segment, profile.
 */
public class CustomerAccountModel {

    static final int LEDGER_PAGE_SIZE = 20;
    static final int ORDERS_PAGE_SIZE = 10;

    @Resource(name = "blLoyaltyAdjustmentApprovals")
    protected com.broadleafloyalty.ledger.service.AdjustmentApprovals approvals;

    @Resource(name = "blLoyaltyPrivacyService")
    protected PrivacyService privacy;

    @Resource(name = "blLoyaltyPointsService")
    protected LoyaltyPointsService pointsService;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blLoyaltyProgram")
    protected LoyaltyProgram program;

    /** Tiers, when the module's tier service is installed: the customer's tier and history (views/loyalty/customerTier). */
    @Autowired(required = false)
    protected LoyaltyTierService tierService;

    /** Challenges, when installed: the customer's badges (views/loyalty/customerBadges). */
    @Autowired(required = false)
    protected ChallengeService challengeService;

    @Resource(name = "blLoyaltyCustomerSegmentService")
    protected CustomerSegmentService segmentService;

    @Resource(name = "blLoyaltyCustomerAccountService")
    protected CustomerAccountService accountProfiles;

    /** Held adjustments shown on an account: a customer rarely has more than one or two. */
    static final int PENDING_SHOWN = 20;

    public void addTo(Model model, Customer customer, int ledgerPage, int ordersPage) {
        Long customerId = customer.getId();
        AccountPosition position = ledger.position(customerId, 0);
        model.addAttribute("customer", customer);
        PrivacyRequest erasure = privacy.erasureOf(customerId);
        model.addAttribute("erasedAt", erasure == null ? null : erasure.getRequestedAt());
        model.addAttribute("balance", pointsService.getBalance(customerId));
        model.addAttribute("position", position);
        model.addAttribute("nextExpiry", position.getNextExpiry() == null ? null : Date.from(position.getNextExpiry()));
        model.addAttribute("ledger", pointsService.ledgerPage(customerId, ledgerPage, LEDGER_PAGE_SIZE));
        List<Order> orders = placedOrders(customer);
        int pages = Math.max(1, (orders.size() + ORDERS_PAGE_SIZE - 1) / ORDERS_PAGE_SIZE);
        int page = Math.min(ordersPage, pages);
        List<OrderRow> rows = new ArrayList<OrderRow>();
        for (Order order : orders.subList(Math.min(orders.size(), (page - 1) * ORDERS_PAGE_SIZE),
                Math.min(orders.size(), page * ORDERS_PAGE_SIZE))) {
            rows.add(new OrderRow(order, pointsService.pointsEarnedForOrder(order.getId())));
        }
        model.addAttribute("orders", rows);
        model.addAttribute("ordersPage", page);
        model.addAttribute("ordersPageCount", pages);
        model.addAttribute("ledgerPage", ledgerPage);
        model.addAttribute("pendingAdjustments", approvals.pending(customerId, PENDING_SHOWN));
        if (challengeService != null) {
            model.addAttribute("customerBadges", challengeService.badgesOf(customerId));
        }
        if (tierService != null) {
            model.addAttribute("tierStatus", tierService.status(customerId));
            model.addAttribute("tierHistory", tierService.history(customerId));
        }
        CustomerSegmentView segment = segmentService.viewOf(customerId);
        model.addAttribute("segment", segment);
        model.addAttribute("segmentSpent", segment == null || segment.getMonetary() == null ? null
                : new MoneyAmount(segment.getMonetary(), program.getBaseCurrency()));
        model.addAttribute("accountProfile", accountProfiles.overview(customer));
    }

    /** A page number from a request parameter: a whole number from 1, else the first page. */
    static int page(String parameter) {
        return parameter != null && parameter.matches("[0-9]{1,6}") ? Math.max(1, Integer.parseInt(parameter)) : 1;
    }

    /** Submitted and cancelled orders, newest first; carts and wish lists are not orders yet. */
    protected List<Order> placedOrders(Customer customer) {
        List<Order> placed = new ArrayList<Order>();
        for (Order order : orderService.findOrdersForCustomer(customer)) {
            String status = order.getStatus() == null ? "" : order.getStatus().getType();
            if (OrderStatus.SUBMITTED.getType().equals(status) || OrderStatus.CANCELLED.getType().equals(status)) {
                placed.add(order);
            }
        }
        Collections.sort(placed, new Comparator<Order>() {
            @Override
            public int compare(Order a, Order b) {
                return b.getId().compareTo(a.getId());
            }
        });
        return placed;
    }
}
