package com.broadleafloyalty.admin.customer;

import com.broadleafloyalty.account.service.CustomerAccountService;
import com.broadleafloyalty.ledger.core.AccountPosition;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.segment.service.CustomerSegmentService;
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

/** What the Customer points page shows of one customer: balance, position, ledger and placed orders. */
public class CustomerAccountModel {

    @Resource(name = "blLoyaltyPointsService")
    protected LoyaltyPointsService pointsService;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    /** Tiers, when the module's tier service is installed: the customer's tier and history (views/loyalty/customerTier). */
    @Autowired(required = false)
    protected LoyaltyTierService tierService;

    @Resource(name = "blLoyaltyCustomerSegmentService")
    protected CustomerSegmentService segmentService;

    @Resource(name = "blLoyaltyCustomerAccountService")
    protected CustomerAccountService accountProfiles;

    public void addTo(Model model, Customer customer) {
        Long customerId = customer.getId();
        AccountPosition position = ledger.position(customerId, 0);
        model.addAttribute("customer", customer);
        model.addAttribute("balance", pointsService.getBalance(customerId));
        model.addAttribute("position", position);
        model.addAttribute("nextExpiry", position.getNextExpiry() == null ? null : Date.from(position.getNextExpiry()));
        model.addAttribute("ledger", pointsService.getLedger(customerId));
        model.addAttribute("orders", placedOrders(customer));
        if (tierService != null) {
            model.addAttribute("tierStatus", tierService.status(customerId));
            model.addAttribute("tierHistory", tierService.history(customerId));
        }
        model.addAttribute("segment", segmentService.viewOf(customerId));
        model.addAttribute("accountProfile", accountProfiles.overview(customer));
    }

    /** Submitted and cancelled orders, newest first; carts and wish lists are not orders yet. */
    protected List<OrderRow> placedOrders(Customer customer) {
        List<OrderRow> rows = new ArrayList<OrderRow>();
        for (Order order : orderService.findOrdersForCustomer(customer)) {
            String status = order.getStatus() == null ? "" : order.getStatus().getType();
            if (OrderStatus.SUBMITTED.getType().equals(status) || OrderStatus.CANCELLED.getType().equals(status)) {
                rows.add(new OrderRow(order, pointsService.pointsEarnedForOrder(order.getId())));
            }
        }
        Collections.sort(rows, new Comparator<OrderRow>() {
            @Override
            public int compare(OrderRow a, OrderRow b) {
                return b.getOrder().getId().compareTo(a.getOrder().getId());
            }
        });
        return rows;
    }
}
