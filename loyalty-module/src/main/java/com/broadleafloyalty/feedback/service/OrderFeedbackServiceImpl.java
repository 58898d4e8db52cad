package com.broadleafloyalty.feedback.service;

import com.broadleafloyalty.support.event.LoyaltyEvent;
import com.broadleafloyalty.support.event.LoyaltyEventPublisher;
import com.broadleafloyalty.feedback.core.FeedbackAnswer;
import com.broadleafloyalty.feedback.core.FeedbackRefusedException;
import com.broadleafloyalty.feedback.core.FeedbackScores;
import com.broadleafloyalty.feedback.dao.OrderFeedbackDao;
import com.broadleafloyalty.feedback.domain.OrderFeedback;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.service.LoyaltyProgram;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.ledger.service.Posting;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Stores one answer per order. The answer and its review bonus are written in one transaction; the unique key on
 * the order id refuses a second answer even from a double submit or another node (the loser's transaction rolls
 * back, nothing of it stays, and the shopper reads "already answered").
 */
public class OrderFeedbackServiceImpl implements OrderFeedbackService {

    /** Webhooks: feedback.received, in the transaction that stores the answer. */
    @Resource(name = "blLoyaltyEventPublisher")
    protected LoyaltyEventPublisher events;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;


    public static final String FEEDBACK_PATH = "/loyalty/feedback";

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blLoyaltyOrderFeedbackDao")
    protected OrderFeedbackDao feedbackDao;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger pointsLedger;

    @Resource(name = "blLoyaltyProgram")
    protected LoyaltyProgram program;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    protected long reviewPoints;
    protected int maxCommentLength = FeedbackAnswer.DEFAULT_MAX_COMMENT_LENGTH;
    protected String baseUrl = "http://localhost:8080";

    @Override
    public Order orderFor(String orderNumber, Customer customer) {
        if (customer == null || !customer.isRegistered()) {
            throw new FeedbackRefusedException("loyalty.feedback.refused.login");
        }
        String number = orderNumber == null ? "" : orderNumber.trim();
        if (number.isEmpty()) {
            throw new FeedbackRefusedException("loyalty.feedback.refused.noOrder");
        }
        Order order = orderService.findOrderByOrderNumber(number);
        // Someone else's order gets the same answer as a missing one: the page must not confirm that it exists.
        if (order == null || order.getCustomer() == null || !customer.getId().equals(order.getCustomer().getId())) {
            throw new FeedbackRefusedException("loyalty.feedback.refused.unknownOrder", number);
        }
        if (!OrderStatus.SUBMITTED.equals(order.getStatus())) {
            throw new FeedbackRefusedException("loyalty.feedback.refused.notCompleted", number);
        }
        return order;
    }

    @Override
    public OrderFeedback answerFor(Long orderId) {
        return new TransactionTemplate(transactionManager, readOnly()).execute(
                new TransactionCallback<OrderFeedback>() {
                    @Override
                    public OrderFeedback doInTransaction(TransactionStatus status) {
                        return feedbackDao.readByOrder(orderId);
                    }
                });
    }

    @Override
    public OrderFeedback submit(String orderNumber, final Customer customer, String nps, String csat,
            String comment) {
        final Order order = orderFor(orderNumber, customer);
        final FeedbackAnswer answer = FeedbackAnswer.parse(nps, csat, comment, maxCommentLength);
        if (answerFor(order.getId()) != null) {
            throw alreadyAnswered(order);
        }
        try {
            return new TransactionTemplate(transactionManager).execute(new TransactionCallback<OrderFeedback>() {
                @Override
                public OrderFeedback doInTransaction(TransactionStatus status) {
                    return store(order, customer, answer);
                }
            });
        } catch (RuntimeException e) {
            // Lost a race with another submit of the same order: the unique key fired and this one rolled back.
            if (isUniqueKeyViolation(e) || answerFor(order.getId()) != null) {
                throw alreadyAnswered(order);
            }
            throw e;
        }
    }

    protected OrderFeedback store(Order order, Customer customer, FeedbackAnswer answer) {
        // The shop's clock, as every other dated loyalty row (seeded or replayed history is dated in its past).
        Date now = SystemTime.asDate();
        OrderFeedback feedback = feedbackDao.create();
        feedback.setOrderId(order.getId());
        feedback.setOrderNumber(order.getOrderNumber());
        feedback.setCustomerId(customer.getId());
        feedback.setNps(answer.getNps());
        feedback.setCsat(answer.getCsat());
        feedback.setComment(answer.getComment());
        feedback.setCreatedDate(now);
        feedbackDao.insert(feedback);
        if (reviewPoints > 0 && answer.isReview()) {
            pointsLedger.credit(Posting.of(customer.getId(), PointsEntryType.BONUS, reviewPoints, SOURCE_FEEDBACK,
                    order.getId()).order(order.getId()).reason("Review of order " + order.getOrderNumber())
                    .availability(now, program.expiresAt(now)));
            feedback.setReviewPointsAwarded(reviewPoints);
        }
        if (events.wants(LoyaltyEvent.FEEDBACK_RECEIVED)) {
            events.publish(em, LoyaltyEvent.of(LoyaltyEvent.FEEDBACK_RECEIVED, customer.getId(), "orderId",
                    order.getId(), "orderNumber", order.getOrderNumber(), "nps", answer.getNps(), "csat",
                    answer.getCsat()));
        }
        return feedback;
    }

    /** SQL state class 23 (integrity constraint violation) anywhere in the cause chain. */
    static boolean isUniqueKeyViolation(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.sql.SQLException) {
                String state = ((java.sql.SQLException) t).getSQLState();
                if (state != null && state.startsWith("23")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static FeedbackRefusedException alreadyAnswered(Order order) {
        return new FeedbackRefusedException("loyalty.feedback.refused.alreadyAnswered", order.getOrderNumber());
    }

    @Override
    public FeedbackScores kpis(final Date from, final Date to) {
        List<int[]> scores = new TransactionTemplate(transactionManager, readOnly()).execute(
                new TransactionCallback<List<int[]>>() {
                    @Override
                    public List<int[]> doInTransaction(TransactionStatus status) {
                        return feedbackDao.readScores(from, to);
                    }
                });
        List<FeedbackAnswer> answers = new ArrayList<FeedbackAnswer>(scores.size());
        for (int[] score : scores) {
            answers.add(FeedbackAnswer.of(score[0], score[1], null));
        }
        return FeedbackScores.of(answers);
    }

    @Override
    public List<OrderFeedback> newest(final Date from, final Date to, final int limit) {
        return new TransactionTemplate(transactionManager, readOnly()).execute(
                new TransactionCallback<List<OrderFeedback>>() {
                    @Override
                    public List<OrderFeedback> doInTransaction(TransactionStatus status) {
                        return feedbackDao.readNewest(from, to, limit);
                    }
                });
    }

    @Override
    public String feedbackUrl(String orderNumber) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        try {
            return base + FEEDBACK_PATH + "?orderNumber=" + URLEncoder.encode(orderNumber, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DefaultTransactionDefinition readOnly() {
        DefaultTransactionDefinition definition =
                new DefaultTransactionDefinition();
        definition.setReadOnly(true);
        return definition;
    }

    @Override
    public long getReviewPoints() {
        return reviewPoints;
    }

    public void setReviewPoints(long reviewPoints) {
        if (reviewPoints < 0) {
            throw new IllegalArgumentException("loyalty.feedback.review.points must be 0 (off) or more, got "
                    + reviewPoints);
        }
        this.reviewPoints = reviewPoints;
    }

    public void setMaxCommentLength(int maxCommentLength) {
        if (maxCommentLength < 1 || maxCommentLength > 1000) {
            throw new IllegalArgumentException("loyalty.feedback.comment.max.length must be 1..1000 (the column "
                    + "holds 1000), got " + maxCommentLength);
        }
        this.maxCommentLength = maxCommentLength;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public List<Date> answerDates(Long customerId, Date from) {
        return new TransactionTemplate(transactionManager, readOnly())
                .execute(status -> feedbackDao.readAnswerDates(customerId, from));
    }

    @Override
    public List<Long> customersAnsweredSince(Date from) {
        return new TransactionTemplate(transactionManager, readOnly())
                .execute(status -> feedbackDao.readCustomersAnsweredSince(from));
    }
}
