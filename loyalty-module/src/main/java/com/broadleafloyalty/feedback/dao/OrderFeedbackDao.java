package com.broadleafloyalty.feedback.dao;

import com.broadleafloyalty.feedback.domain.OrderFeedback;

import java.util.Date;
import java.util.List;

public interface OrderFeedbackDao {

    OrderFeedback create();

    /** Persists and flushes at once, so a second answer for the order fails here on the unique key. */
    OrderFeedback insert(OrderFeedback feedback);

    OrderFeedback readByOrder(Long orderId);

    /** NPS and CSAT pairs of the answers created in [from, to); either bound may be null (open). */
    List<int[]> readScores(Date from, Date to);

    /** The newest answers created in [from, to), newest first. */
    List<OrderFeedback> readNewest(Date from, Date to, int limit);

    /** When the customer's answers given since {@code from} were created. */
    List<Date> readAnswerDates(Long customerId, Date from);

    /** The customers who answered since {@code from}. */
    List<Long> readCustomersAnsweredSince(Date from);
}
