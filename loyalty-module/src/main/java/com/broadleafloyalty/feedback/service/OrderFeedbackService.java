package com.broadleafloyalty.feedback.service;

import com.broadleafloyalty.feedback.core.FeedbackScores;
import com.broadleafloyalty.feedback.domain.OrderFeedback;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.Date;
import java.util.List;

/**
 * Post-purchase feedback: the only door the storefront, the checkout email and the admin use. Refusals are
 * {@link com.broadleafloyalty.feedback.core.FeedbackRefusedException}s whose message is for the shopper; a refused
 * answer stores nothing.
 */
public interface OrderFeedbackService {

    /** Ledger source type of review BONUS postings; the source id is the order id (one bonus per order). */
    String SOURCE_FEEDBACK = "FEEDBACK";

    /** The shopper's own completed order with that number; refused for a visitor, another's or an open order. */
    Order orderFor(String orderNumber, Customer customer);

    /** The answer already given for the order, or null. */
    OrderFeedback answerFor(Long orderId);

    /** Validates and stores the answer (once per order) and credits the review points when the rule applies. */
    OrderFeedback submit(String orderNumber, Customer customer, String nps, String csat, String comment);

    /** NPS, CSAT and the number of answers created in [from, to); a null bound is open. */
    FeedbackScores kpis(Date from, Date to);

    /** The newest answers created in [from, to), newest first. */
    List<OrderFeedback> newest(Date from, Date to, int limit);

    /** The absolute link to the feedback form of an order (base URL + path + order number). */
    String feedbackUrl(String orderNumber);

    /** BONUS points for an answer with a comment; 0 = off. */
    long getReviewPoints();

    /** When the customer's feedback answers given since {@code from} were created (what challenges count). */
    List<Date> answerDates(Long customerId, Date from);

    /** The customers who gave feedback since {@code from}. */
    List<Long> customersAnsweredSince(Date from);
}
