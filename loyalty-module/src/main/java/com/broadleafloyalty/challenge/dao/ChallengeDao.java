package com.broadleafloyalty.challenge.dao;

import com.broadleafloyalty.challenge.domain.Challenge;
import com.broadleafloyalty.challenge.domain.ChallengeCompletion;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Challenges, their completions, and the order facts challenges count (aggregate SQL over Broadleaf's tables). */
public interface ChallengeDao {

    Challenge create();

    Challenge save(Challenge challenge);

    Challenge readById(Long id);

    /** Every challenge, active first, newest first. */
    List<Challenge> readAll();

    List<Challenge> readActive();

    /** The ids of the challenges the customer completed. */
    List<Long> readCompletedChallengeIds(Long customerId);

    /** The customer's completions, newest first. */
    List<ChallengeCompletion> readCompletions(Long customerId);

    /** Completions per challenge id. */
    Map<Long, Long> countCompletions();

    /** Inserts and flushes a completion; a second one for the same challenge and customer fails on the unique key. */
    ChallengeCompletion insertCompletion(ChallengeCompletion completion);

    ChallengeCompletion readCompletion(Long completionId);

    void deleteCompletion(Long completionId);

    /**
     * The customer's submitted orders since {@code from} (other than {@code exceptOrderId}) as lines of
     * (order id, submit date, category id or null, amount): one query.
     */
    List<OrderLine> readOrderLines(Long customerId, Date from, Long exceptOrderId);

    /** Whether the order is saved as submitted, as the current transaction sees it. */
    boolean isSubmitted(Long orderId);

    /** The registered customers with a submitted order since {@code from}. */
    List<Long> readCustomersWithOrdersSince(Date from);

    /** One order item as challenges count it. */
    final class OrderLine {
        public final Long orderId;
        public final Date placed;
        public final Long categoryId;
        public final BigDecimal amount;

        public OrderLine(Long orderId, Date placed, Long categoryId, BigDecimal amount) {
            this.orderId = orderId;
            this.placed = placed;
            this.categoryId = categoryId;
            this.amount = amount;
        }
    }
}
