package com.broadleafloyalty.lifecycle.service;

import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.core.MailOutcome;
import com.broadleafloyalty.engagement.service.EngagementMailService;
import com.broadleafloyalty.engagement.service.OutgoingMail;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.lifecycle.core.LifecycleTriggers;
import com.broadleafloyalty.lifecycle.dao.LifecycleDao;
import com.broadleafloyalty.support.i18n.LoyaltyMessages;
import com.broadleafloyalty.support.i18n.ShopperLocales;
import com.broadleafloyalty.tier.service.LoyaltyTierService;
import com.broadleafloyalty.tier.service.TierStatus;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

import javax.annotation.Resource;

public class LifecycleMailJobImpl implements LifecycleMailJob {

    private static final Log LOG = LogFactory.getLog(LifecycleMailJobImpl.class);
    private static final int PAGE = 200;

    @Resource(name = "blLoyaltyEngagementMailService")
    protected EngagementMailService mails;

    @Resource(name = "blLoyaltyLifecycleDao")
    protected LifecycleDao dao;

    @Resource(name = "blLoyaltyPointsService")
    protected LoyaltyPointsService points;

    @Resource(name = "blLoyaltyTierService")
    protected LoyaltyTierService tiers;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blLoyaltyShopperLocales")
    protected ShopperLocales shopperLocales;

    @Resource(name = "blLoyaltyMessages")
    protected LoyaltyMessages messages;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "blLoyaltyWelcomeEmailInfo")
    protected EmailInfo welcomeEmail;

    @Resource(name = "blLoyaltyAbandonedCartEmailInfo")
    protected EmailInfo abandonedCartEmail;

    protected boolean welcomeEnabled = true;
    protected int welcomeWithinDays = 7;
    protected boolean abandonedCartEnabled = true;
    protected int cartIdleMinutes = 1440;
    protected int cartMaxAgeDays = 14;

    @Override
    public int run() {
        return runAt(SystemTime.asDate());
    }

    @Override
    public int runAt(Date now) {
        int sent = sendWelcomes(now) + sendAbandonedCartReminders(now);
        if (sent > 0) {
            LOG.info("Lifecycle emails: " + sent + " sent");
        }
        return sent;
    }

    @Override
    public int sendWelcomes() {
        return sendWelcomes(SystemTime.asDate());
    }

    private int sendWelcomes(Date now) {
        if (!welcomeEnabled || !mails.canSend(MailCategory.WELCOME)) {
            return 0;
        }
        Date since = LifecycleTriggers.welcomeSince(now, welcomeWithinDays);
        int sent = 0;
        Long after = 0L;
        while (true) {
            final Long from = after;
            List<Long> page = read(() -> dao.readCustomersWithFirstOrderSince(since, from, PAGE));
            for (Long customerId : page) {
                if (!mails.wasSent(LifecycleTriggers.welcomeKey(customerId)) && sendWelcome(customerId)) {
                    sent++;
                }
            }
            if (page.size() < PAGE) {
                return sent;
            }
            after = page.get(page.size() - 1);
        }
    }

    private boolean sendWelcome(Long customerId) {
        try {
            Customer customer = customerService.readCustomerById(customerId);
            if (customer == null) {
                return false;
            }
            java.util.Locale locale = javaLocale(shopperLocales.localeOf(customer));
            TierStatus status = tiers.status(customerId);
            String nextTier = status == null || status.getProgressText() == null ? null
                    : messages.text(status.getProgressText(), locale);
            OutgoingMail mail = new OutgoingMail(customer, MailCategory.WELCOME,
                    LifecycleTriggers.welcomeKey(customerId), welcomeEmail)
                    .with("balance", points.getBalance(customerId))
                    .with("tierName", status == null || !status.isInTier() ? null : status.getTierName())
                    .with("nextTier", nextTier);
            return mails.send(mail) == MailOutcome.SENT;
        } catch (RuntimeException e) {
            LOG.error("Welcome email to customer " + customerId + " failed; the next run retries it", e);
            return false;
        }
    }

    @Override
    public int sendAbandonedCartReminders() {
        return sendAbandonedCartReminders(SystemTime.asDate());
    }

    private int sendAbandonedCartReminders(Date now) {
        if (!abandonedCartEnabled || !mails.canSend(MailCategory.ABANDONED_CART)) {
            return 0;
        }
        Date from = LifecycleTriggers.touchedSince(now, cartMaxAgeDays);
        Date until = LifecycleTriggers.idleUntil(now, cartIdleMinutes);
        int sent = 0;
        Long after = 0L;
        while (true) {
            final Long start = after;
            List<Long> page = read(() -> dao.readIdleCartIds(from, until, start, PAGE));
            for (Long cartId : page) {
                if (!mails.wasSent(LifecycleTriggers.abandonedCartKey(cartId)) && sendCartReminder(cartId, now)) {
                    sent++;
                }
            }
            if (page.size() < PAGE) {
                return sent;
            }
            after = page.get(page.size() - 1);
        }
    }

    private boolean sendCartReminder(Long cartId, Date now) {
        try {
            CartReminder reminder = read(() -> cartReminder(cartId, now));
            if (reminder == null) {
                return false;
            }
            OutgoingMail mail = new OutgoingMail(reminder.customer, MailCategory.ABANDONED_CART,
                    LifecycleTriggers.abandonedCartKey(cartId), abandonedCartEmail)
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
    private CartReminder cartReminder(Long cartId, Date now) {
        Order cart = orderService.findOrderById(cartId);
        if (cart == null || !OrderStatus.IN_PROCESS.equals(cart.getStatus()) || cart.getCustomer() == null
                || !cart.getCustomer().isRegistered()) {
            return null;
        }
        Date touched = cart.getAuditable() == null ? null : cart.getAuditable().getDateUpdated() != null
                ? cart.getAuditable().getDateUpdated() : cart.getAuditable().getDateCreated();
        Customer customer = cart.getCustomer();
        Date lastOrder = dao.readLastOrderDate(customer.getId());
        if (!LifecycleTriggers.isCartAbandoned(cart.getOrderItems().size(), touched, lastOrder, now, cartIdleMinutes,
                cartMaxAgeDays)) {
            return null;
        }
        java.util.Locale locale = javaLocale(shopperLocales.localeOfOrder(customer, cart.getLocale()));
        List<CartLine> lines = new ArrayList<CartLine>();
        for (OrderItem item : cart.getOrderItems()) {
            String name = item instanceof DiscreteOrderItem && ((DiscreteOrderItem) item).getSku() != null
                    ? ((DiscreteOrderItem) item).getSku().getName() : item.getName();
            lines.add(new CartLine(name, item.getQuantity(), item.getTotalPrice(), locale));
        }
        return new CartReminder(customer, cart.getLocale(), lines, CartLine.money(cart.getSubTotal(), locale),
                points.previewPoints(cart), points.getBalance(customer.getId()));
    }

    private static java.util.Locale javaLocale(Locale locale) {
        return locale == null ? java.util.Locale.getDefault() : BroadleafRequestContext.convertLocaleToJavaLocale(locale);
    }

    private <T> T read(Supplier<T> work) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setReadOnly(true);
        return template.execute(status -> work.get());
    }

    public void setWelcomeEnabled(boolean welcomeEnabled) {
        this.welcomeEnabled = welcomeEnabled;
    }

    public void setWelcomeWithinDays(int welcomeWithinDays) {
        this.welcomeWithinDays = welcomeWithinDays;
    }

    public void setAbandonedCartEnabled(boolean abandonedCartEnabled) {
        this.abandonedCartEnabled = abandonedCartEnabled;
    }

    public void setCartIdleMinutes(int cartIdleMinutes) {
        this.cartIdleMinutes = cartIdleMinutes;
    }

    public void setCartMaxAgeDays(int cartMaxAgeDays) {
        this.cartMaxAgeDays = cartMaxAgeDays;
    }

    private static final class CartReminder {
        final Customer customer;
        final Locale locale;
        final List<CartLine> lines;
        final String total;
        final long pointsToEarn;
        final long balance;

        CartReminder(Customer customer, Locale locale, List<CartLine> lines, String total, long pointsToEarn,
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
