package com.broadleafloyalty.demo.web;

import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

/**
 * The shopper's order history (/account/orders, newest first, with the points each earned) and one order's page.
 * Only the logged-in shopper's own submitted orders are shown (the security rules keep /account/** for shoppers who
 * logged in); any other order number leads back to the list.
 */
@Controller
@RequestMapping("/account/orders")
public class DemoOrdersController {

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blLoyaltyPointsService")
    protected LoyaltyPointsService pointsService;

    @RequestMapping(method = RequestMethod.GET)
    public String orders(Model model) {
        Customer customer = CustomerState.getCustomer();
        List<OrderRow> rows = new ArrayList<OrderRow>();
        for (Order order : orderService.findOrdersForCustomer(customer, OrderStatus.SUBMITTED)) {
            rows.add(new OrderRow(order, pointsService.pointsEarnedForOrder(order.getId())));
        }
        rows.sort(Comparator.comparing((OrderRow row) -> row.getOrder().getSubmitDate(),
                Comparator.nullsLast(Comparator.<Date>reverseOrder())));
        model.addAttribute("orders", rows);
        return "account/orders";
    }

    @RequestMapping(value = "/{orderNumber}", method = RequestMethod.GET)
    public String order(@PathVariable("orderNumber") String orderNumber, Model model) {
        Customer customer = CustomerState.getCustomer();
        Order order = orderNumber.length() > 64 ? null : orderService.findOrderByOrderNumber(orderNumber);
        if (order == null || customer == null || order.getCustomer() == null
                || !customer.getId().equals(order.getCustomer().getId())
                || !OrderStatus.SUBMITTED.equals(order.getStatus())) {
            return "redirect:/account/orders";
        }
        model.addAttribute("order", order);
        model.addAttribute("totals", OrderTotals.of(order));
        return "account/order";
    }

    /** One line of the history: the order and the points it earned. */
    public static final class OrderRow {
        private final Order order;
        private final long points;

        OrderRow(Order order, long points) {
            this.order = order;
            this.points = points;
        }

        public Order getOrder() {
            return order;
        }

        public long getPoints() {
            return points;
        }
    }
}
