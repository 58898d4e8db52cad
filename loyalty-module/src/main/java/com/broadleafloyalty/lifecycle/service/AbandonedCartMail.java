package com.broadleafloyalty.lifecycle.service;

import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.core.MailOutcome;
import com.broadleafloyalty.engagement.service.OutgoingMail;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.lifecycle.core.LifecycleTriggers;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

/**
 * A registered customer's cart with items, untouched for the idle time and no order since: its lines, "you would earn
 * N points" and the balance they could use. One per cart; none once the order is placed.
 */
public class AbandonedCartMail extends LifecycleMail {

    @Resource(name = "blLoyaltyAbandonedCartEmailInfo")
    protected EmailInfo email;

    @Resource(name = "blLoyaltyPointsService")
    protected LoyaltyPointsService points;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    protected int idleMinutes = 1440;
    protected int maxAgeDays = 14;

    @Override
    protected MailCategory category() {
        return MailCategory.ABANDONED_CART;
    }

    @Override
    protected int sendDueTriggers(Date now) {
        Date from = LifecycleTriggers.touchedSince(now, maxAgeDays);
        Date until = LifecycleTriggers.idleUntil(now, idleMinutes);
        return eachPage(after -> dao.readIdleCartIds(from, until, after, pageSize()),
                cartId -> !mails.wasSent(LifecycleTriggers.abandonedCartKey(cartId)) && send(cartId, now));
    }

    private boolean send(Long cartId, Date now) {
        try {
            Reminder reminder = read(() -> reminder(cartId, now));
            if (reminder == null) {
                return false;
            }
            OutgoingMail mail = new OutgoingMail(reminder.customer, MailCategory.ABANDONED_CART,
                    LifecycleTriggers.abandonedCartKey(cartId), email)
                    .with("lines", reminder.lines)
                    .with("cartTotal", reminder.total)
                    .with("pointsToEarn", reminder.pointsToEarn)
                    .with("balance", reminder.balance)
                    .aboutOrderIn(reminder.locale);
            return mails.send(mail) == MailOutcome.SENT;
        } catch (RuntimeException e) {
            LOG.error("Abandoned-cart email for cart " + cartId + " failed; the next run retries it", e);
            return false;
        }
    }

    /** Re-checks the cart as it is now (it may have become an order since the query), in one read transaction. */
    private Reminder reminder(Long cartId, Date now) {
        Order cart = orderService.findOrderById(cartId);
        if (cart == null || !OrderStatus.IN_PROCESS.equals(cart.getStatus()) || cart.getCustomer() == null
                || !cart.getCustomer().isRegistered()) {
            return null;
        }
        Date touched = cart.getAuditable() == null ? null : cart.getAuditable().getDateUpdated() != null
                ? cart.getAuditable().getDateUpdated() : cart.getAuditable().getDateCreated();
        Customer customer = cart.getCustomer();
        Date lastOrder = dao.readLastOrderDate(customer.getId());
        if (!LifecycleTriggers.isCartAbandoned(cart.getOrderItems().size(), touched, lastOrder, now, idleMinutes,
                maxAgeDays)) {
            return null;
        }
        java.util.Locale locale = javaLocale(shopperLocales.localeOfOrder(customer, cart.getLocale()));
        List<CartLine> lines = new ArrayList<CartLine>();
        for (OrderItem item : cart.getOrderItems()) {
            String name = item instanceof DiscreteOrderItem && ((DiscreteOrderItem) item).getSku() != null
                    ? ((DiscreteOrderItem) item).getSku().getName() : item.getName();
            lines.add(new CartLine(name, item.getQuantity(), item.getTotalPrice(), locale));
        }
        return new Reminder(customer, cart.getLocale(), lines, CartLine.money(cart.getSubTotal(), locale),
                points.previewPoints(cart), points.getBalance(customer.getId()));
    }

    public void setIdleMinutes(int idleMinutes) {
        this.idleMinutes = idleMinutes;
    }

    public void setMaxAgeDays(int maxAgeDays) {
        this.maxAgeDays = maxAgeDays;
    }

    private static final class Reminder {
        final Customer customer;
        final Locale locale;
        final List<CartLine> lines;
        final String total;
        final long pointsToEarn;
        final long balance;

        Reminder(Customer customer, Locale locale, List<CartLine> lines, String total, long pointsToEarn,
                long balance) {
            this.customer = customer;
            this.locale = locale;
            this.lines = lines;
            this.total = total;
            this.pointsToEarn = pointsToEarn;
            this.balance = balance;
        }
    }
}
