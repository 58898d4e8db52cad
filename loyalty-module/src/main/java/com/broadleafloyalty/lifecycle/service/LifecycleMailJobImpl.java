package com.broadleafloyalty.lifecycle.service;

import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.core.MailOutcome;
import com.broadleafloyalty.engagement.service.EngagementMailService;
import com.broadleafloyalty.engagement.service.OutgoingMail;
import com.broadleafloyalty.feedback.service.OrderFeedbackService;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import com.broadleafloyalty.lifecycle.core.LifecycleTriggers;
import com.broadleafloyalty.lifecycle.dao.LifecycleDao;
import com.broadleafloyalty.recommend.service.LoyaltyRecommendationService;
import com.broadleafloyalty.recommend.service.RecommendedProduct;
import com.broadleafloyalty.segment.service.CustomerSegmentService;
import com.broadleafloyalty.segment.service.CustomerSegmentView;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    @Resource(name = "blLoyaltyWinBackEmailInfo")
    protected EmailInfo winBackEmail;

    @Resource(name = "blLoyaltyCustomerSegmentService")
    protected CustomerSegmentService segments;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blLoyaltyPostPurchaseEmailInfo")
    protected EmailInfo postPurchaseEmail;

    @Resource(name = "blLoyaltyRecommendationService")
    protected LoyaltyRecommendationService recommendations;

    @Resource(name = "blLoyaltyOrderFeedbackService")
    protected OrderFeedbackService feedback;

    protected boolean welcomeEnabled = true;
    protected int welcomeWithinDays = 7;
    protected boolean abandonedCartEnabled = true;
    protected int cartIdleMinutes = 1440;
    protected int cartMaxAgeDays = 14;
    protected boolean postPurchaseEnabled = true;
    protected int postPurchaseDays = 3;
    protected int pickCount = 3;
    protected boolean winBackEnabled = true;
    protected int winBackIdleDays = 60;
    protected int winBackPeriodDays = 90;
    protected long winBackPoints = 0;

    /** An order older than its follow-up day by more than this is not followed up (e.g. after switching it on). */
    private static final int FOLLOW_UP_WINDOW_DAYS = 7;

    @Override
    public int run() {
        return runAt(SystemTime.asDate());
    }

    @Override
    public int runAt(Date now) {
        int sent = sendWelcomes(now) + sendAbandonedCartReminders(now) + sendPostPurchaseFollowUps(now)
                + sendWinBacks(now);
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
    public int sendPostPurchaseFollowUps() {
        return sendPostPurchaseFollowUps(SystemTime.asDate());
    }

    private int sendPostPurchaseFollowUps(Date now) {
        if (!postPurchaseEnabled || !mails.canSend(MailCategory.POST_PURCHASE)) {
            return 0;
        }
        Date from = LifecycleTriggers.followUpFrom(now, postPurchaseDays, FOLLOW_UP_WINDOW_DAYS);
        Date until = LifecycleTriggers.followUpUntil(now, postPurchaseDays);
        int sent = 0;
        Long after = 0L;
        while (true) {
            final Long start = after;
            List<Long> page = read(() -> dao.readOrderIdsSubmittedBetween(from, until, start, PAGE));
            for (Long orderId : page) {
                if (!mails.wasSent(LifecycleTriggers.postPurchaseKey(orderId)) && sendFollowUp(orderId)) {
                    sent++;
                }
            }
            if (page.size() < PAGE) {
                return sent;
            }
            after = page.get(page.size() - 1);
        }
    }

    private boolean sendFollowUp(Long orderId) {
        try {
            FollowUp followUp = read(() -> followUp(orderId));
            if (followUp == null) {
                return false;
            }
            OutgoingMail mail = new OutgoingMail(followUp.customer, MailCategory.POST_PURCHASE,
                    LifecycleTriggers.postPurchaseKey(orderId), postPurchaseEmail)
                    .with("orderNumber", followUp.orderNumber)
                    .with("feedbackUrl", followUp.feedbackUrl)
                    .with("picks", followUp.picks)
                    .aboutOrderIn(followUp.locale);
            return mails.send(mail) == MailOutcome.SENT;
        } catch (RuntimeException e) {
            LOG.error("Post-purchase email for order " + orderId + " failed; the next run retries it", e);
            return false;
        }
    }

    private FollowUp followUp(Long orderId) {
        Order order = orderService.findOrderById(orderId);
        if (order == null || order.getCustomer() == null || !order.getCustomer().isRegistered()
                || order.getOrderNumber() == null) {
            return null;
        }
        Customer customer = order.getCustomer();
        java.util.Locale locale = javaLocale(shopperLocales.localeOfOrder(customer, order.getLocale()));
        Set<Long> bought = new HashSet<Long>();
        for (OrderItem item : order.getOrderItems()) {
            if (item instanceof DiscreteOrderItem && ((DiscreteOrderItem) item).getProduct() != null) {
                bought.add(((DiscreteOrderItem) item).getProduct().getId());
            }
        }
        List<Pick> picks = new ArrayList<Pick>();
        // The recommender leaves out unsellable products and the order's own; asking for more and filtering again
        // keeps "never what they just bought" true whatever the engine does.
        for (RecommendedProduct product : recommendations.forCart(order, customer, pickCount + bought.size())
                .getProducts()) {
            if (picks.size() < pickCount && !bought.contains(product.getId())) {
                picks.add(new Pick(product.getName(), CartLine.money(product.getPrice(), locale), product.getPoints(),
                        product.getUrl()));
            }
        }
        return new FollowUp(customer, order.getLocale(), order.getOrderNumber(),
                feedback.feedbackUrl(order.getOrderNumber()), picks);
    }

    @Override
    public int sendWinBacks() {
        return sendWinBacks(SystemTime.asDate());
    }

    private int sendWinBacks(Date now) {
        if (!winBackEnabled || !mails.canSend(MailCategory.WIN_BACK)) {
            return 0;
        }
        Date before = LifecycleTriggers.lastOrderBefore(now, winBackIdleDays);
        long period = LifecycleTriggers.winBackPeriod(now, winBackPeriodDays);
        int sent = 0;
        Long after = 0L;
        while (true) {
            final Long from = after;
            List<Long> page = read(() -> dao.readCustomersWithLastOrderBefore(before, from, PAGE));
            for (Long customerId : page) {
                if (!mails.wasSent(LifecycleTriggers.winBackKey(customerId, period))
                        && sendWinBack(customerId, period)) {
                    sent++;
                }
            }
            if (page.size() < PAGE) {
                return sent;
            }
            after = page.get(page.size() - 1);
        }
    }

    @Override
    public boolean sendWinBackTo(Long customerId) {
        long period = LifecycleTriggers.winBackPeriod(SystemTime.asDate(), winBackPeriodDays);
        return winBackEnabled && mails.canSend(MailCategory.WIN_BACK)
                && !mails.wasSent(LifecycleTriggers.winBackKey(customerId, period)) && sendWinBack(customerId, period);
    }

    private boolean sendWinBack(Long customerId, long period) {
        try {
            CustomerSegmentView view = segments.viewOf(customerId);
            if (view == null || !view.isScored()
                    || !LifecycleTriggers.isDriftingAway(view.getSegmentCode(), view.getLifecyclePhaseCode())) {
                return false;
            }
            Customer customer = customerService.readCustomerById(customerId);
            if (customer == null) {
                return false;
            }
            OutgoingMail mail = new OutgoingMail(customer, MailCategory.WIN_BACK,
                    LifecycleTriggers.winBackKey(customerId, period), winBackEmail)
                    .with("bonusPoints", winBackPoints)
                    .with("balance", points.getBalance(customerId) + winBackPoints);
            if (mails.send(mail) != MailOutcome.SENT) {
                return false;
            }
            if (winBackPoints > 0) {
                // Once per customer and period (the ledger's unique source key), and only for a mail that went.
                ledger.credit(Posting.of(customerId, PointsEntryType.BONUS, winBackPoints, "WINBACK_" + period,
                        customerId).reason("Win-back bonus"));
            }
            return true;
        } catch (RuntimeException e) {
            LOG.error("Win-back email to customer " + customerId + " failed", e);
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
        return locale == null ? java.util.Locale.getDefault()
                : BroadleafRequestContext.convertLocaleToJavaLocale(locale);
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

    public void setPostPurchaseEnabled(boolean postPurchaseEnabled) {
        this.postPurchaseEnabled = postPurchaseEnabled;
    }

    public void setPostPurchaseDays(int postPurchaseDays) {
        this.postPurchaseDays = postPurchaseDays;
    }

    public void setPickCount(int pickCount) {
        this.pickCount = pickCount;
    }

    public void setWinBackEnabled(boolean winBackEnabled) {
        this.winBackEnabled = winBackEnabled;
    }

    public void setWinBackIdleDays(int winBackIdleDays) {
        this.winBackIdleDays = winBackIdleDays;
    }

    public void setWinBackPeriodDays(int winBackPeriodDays) {
        this.winBackPeriodDays = winBackPeriodDays;
    }

    public void setWinBackPoints(long winBackPoints) {
        this.winBackPoints = winBackPoints;
    }

    private static final class FollowUp {
        final Customer customer;
        final Locale locale;
        final String orderNumber;
        final String feedbackUrl;
        final List<Pick> picks;

        FollowUp(Customer customer, Locale locale, String orderNumber, String feedbackUrl, List<Pick> picks) {
            this.customer = customer;
            this.locale = locale;
            this.orderNumber = orderNumber;
            this.feedbackUrl = feedbackUrl;
            this.picks = picks;
        }
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
