package com.broadleafloyalty.lifecycle.service;

import com.broadleafloyalty.engagement.core.MailCategory;
import com.broadleafloyalty.engagement.core.MailOutcome;
import com.broadleafloyalty.engagement.service.OutgoingMail;
import com.broadleafloyalty.feedback.service.OrderFeedbackService;
import com.broadleafloyalty.lifecycle.core.LifecycleTriggers;
import com.broadleafloyalty.recommend.service.LoyaltyRecommendationService;
import com.broadleafloyalty.recommend.service.RecommendedProduct;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.annotation.Resource;

/**
 * Some days after an order: the feedback link and "customers who bought this also bought" picks from the recommender,
 * each with its price and points, never the order's own products, never an unsellable one.
 */
public class PostPurchaseMail extends LifecycleMail {

    /** An order older than its follow-up day by more than this is not followed up (e.g. after switching it on). */
    private static final int WINDOW_DAYS = 7;

    @Resource(name = "blLoyaltyPostPurchaseEmailInfo")
    protected EmailInfo email;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blLoyaltyRecommendationService")
    protected LoyaltyRecommendationService recommendations;

    @Resource(name = "blLoyaltyOrderFeedbackService")
    protected OrderFeedbackService feedback;

    protected int days = 3;
    protected int pickCount = 3;

    @Override
    protected MailCategory category() {
        return MailCategory.POST_PURCHASE;
    }

    @Override
    protected int sendDueTriggers(Date now) {
        Date from = LifecycleTriggers.followUpFrom(now, days, WINDOW_DAYS);
        Date until = LifecycleTriggers.followUpUntil(now, days);
        return eachPage(after -> dao.readOrderIdsSubmittedBetween(from, until, after, pageSize()),
                orderId -> !mails.wasSent(LifecycleTriggers.postPurchaseKey(orderId)) && send(orderId));
    }

    private boolean send(Long orderId) {
        try {
            FollowUp followUp = read(() -> followUp(orderId));
            if (followUp == null) {
                return false;
            }
            OutgoingMail mail = new OutgoingMail(followUp.customer, MailCategory.POST_PURCHASE,
                    LifecycleTriggers.postPurchaseKey(orderId), email)
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

    public void setDays(int days) {
        this.days = days;
    }

    public void setPickCount(int pickCount) {
        this.pickCount = pickCount;
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
}
