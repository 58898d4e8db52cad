package com.broadleafloyalty.analytics.service;

import com.broadleafloyalty.account.service.ReferralCounts;
import com.broadleafloyalty.analytics.core.CohortRetention;
import com.broadleafloyalty.analytics.core.OrderKpis;
import com.broadleafloyalty.analytics.core.Period;
import com.broadleafloyalty.analytics.core.PointsKpis;
import com.broadleafloyalty.analytics.core.SegmentMigration;
import com.broadleafloyalty.analytics.core.TierMoves;
import com.broadleafloyalty.analytics.core.WeeklySeries;
import com.broadleafloyalty.feedback.core.FeedbackScores;
import com.broadleafloyalty.redemption.service.RewardRedemptions;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** Everything the dashboard shows for a period and the period before it. Immutable once built. */
public final class LoyaltyDashboard {

    /** A figure of the period and of the previous one. */
    public static final class Pair<T> {

        private final T current;
        private final T previous;

        public Pair(T current, T previous) {
            this.current = current;
            this.previous = previous;
        }

        public T getCurrent() {
            return current;
        }

        public T getPrevious() {
            return previous;
        }
    }

    Period period;
    Pair<OrderKpis> orders;
    Pair<BigDecimal> retention;
    Pair<PointsKpis> points;
    WeeklySeries weeks;
    CohortRetention cohorts;
    List<RewardRedemptions> rewards;
    BigDecimal rewardsCost;
    Pair<Map<String, Long>> membersByTier;
    List<String> tierOrder;
    TierMoves tierMoves;
    Pair<Map<String, Long>> customersBySegment;
    Map<String, Long> customersByPhase;
    SegmentMigration segmentMigration;
    ReferralCounts referrals;
    Pair<FeedbackScores> feedback;
    SortedMap<YearMonth, FeedbackScores> feedbackTrend;

    LoyaltyDashboard() {
    }

    public Period getPeriod() {
        return period;
    }

    public Pair<OrderKpis> getOrders() {
        return orders;
    }

    public Pair<BigDecimal> getRetention() {
        return retention;
    }

    public Pair<PointsKpis> getPoints() {
        return points;
    }

    public WeeklySeries getWeeks() {
        return weeks;
    }

    public CohortRetention getCohorts() {
        return cohorts;
    }

    /** Consumed in the period, per reward item (points paid as a discount first). */
    public List<RewardRedemptions> getRewards() {
        return rewards;
    }

    /** What the rewards given cost: the points they took, valued at the redemption rate. */
    public BigDecimal getRewardsCost() {
        return rewardsCost;
    }

    /** Customers by the tier they were in at the end of each period ({@code none} aside). */
    public Pair<Map<String, Long>> getMembersByTier() {
        return membersByTier;
    }

    /** Tier names lowest first, as ranked today; tiers no longer defined follow. */
    public List<String> getTierOrder() {
        return tierOrder;
    }

    public TierMoves getTierMoves() {
        return tierMoves;
    }

    /** Scored customers by segment at the end of each period. */
    public Pair<Map<String, Long>> getCustomersBySegment() {
        return customersBySegment;
    }

    /** Scored customers by lifecycle phase at the end of the period. */
    public Map<String, Long> getCustomersByPhase() {
        return customersByPhase;
    }

    public SegmentMigration getSegmentMigration() {
        return segmentMigration;
    }

    public ReferralCounts getReferrals() {
        return referrals;
    }

    public Pair<FeedbackScores> getFeedback() {
        return feedback;
    }

    /** NPS and CSAT per month of the period. */
    public SortedMap<YearMonth, FeedbackScores> getFeedbackTrend() {
        return feedbackTrend;
    }
}
