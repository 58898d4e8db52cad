package com.broadleafloyalty.challenge.service;

import com.broadleafloyalty.account.service.CustomerAccountService;
import com.broadleafloyalty.challenge.core.ChallengeDefinition;
import com.broadleafloyalty.challenge.core.ChallengeRuleType;
import com.broadleafloyalty.challenge.core.CustomerActivity;
import com.broadleafloyalty.challenge.dao.ChallengeDao;
import com.broadleafloyalty.feedback.service.OrderFeedbackService;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

/**
 * Reads what a customer did since a moment, only the kinds the given challenges count: orders from Broadleaf's tables
 * (one aggregate query), feedback through the feedback door, referred friends' orders through the account door.
 */
public class ChallengeActivityReader {

    @Resource(name = "blLoyaltyChallengeDao")
    protected ChallengeDao dao;

    @Resource(name = "blLoyaltyOrderFeedbackService")
    protected OrderFeedbackService feedback;

    @Resource(name = "blLoyaltyCustomerAccountService")
    protected CustomerAccountService accounts;

    /** Adds the customer's activity since {@code from} to {@code activity}, leaving out {@code exceptOrderId}. */
    public CustomerActivity.Builder read(CustomerActivity.Builder activity, Long customerId,
            List<ChallengeDefinition> challenges, Instant from, Long exceptOrderId) {
        if (counts(challenges, null)) {
            for (ChallengeDao.OrderLine line : dao.readOrderLines(customerId, Date.from(from), exceptOrderId)) {
                activity.orderLine(line.orderId, line.placed.toInstant(), line.categoryId, line.amount);
            }
        }
        if (counts(challenges, ChallengeRuleType.FEEDBACK)) {
            for (Date answered : feedback.answerDates(customerId, Date.from(from))) {
                activity.feedback(answered.toInstant());
            }
        }
        if (counts(challenges, ChallengeRuleType.REFERRALS)) {
            for (Date ordered : accounts.friendsFirstOrders(customerId)) {
                activity.referralOrder(ordered.toInstant());
            }
        }
        return activity;
    }

    /** Whether any challenge counts {@code type}, or (null) anything the customer's orders move. */
    static boolean counts(List<ChallengeDefinition> challenges, ChallengeRuleType type) {
        for (ChallengeDefinition challenge : challenges) {
            if (type == null ? challenge.getRuleType().isMovedByOrders() : challenge.getRuleType() == type) {
                return true;
            }
        }
        return false;
    }
}
