package com.broadleafloyalty.analytics.service;

import com.broadleafloyalty.account.core.ReferralRefusal;
import com.broadleafloyalty.analytics.core.CohortRetention;
import com.broadleafloyalty.analytics.core.CustomerGroup;
import com.broadleafloyalty.analytics.core.GroupFigures;
import com.broadleafloyalty.analytics.core.OrderKpis;
import com.broadleafloyalty.analytics.core.Period;
import com.broadleafloyalty.analytics.core.PointsKpis;
import com.broadleafloyalty.analytics.core.WeeklySeries;
import com.broadleafloyalty.feedback.core.FeedbackScores;
import com.broadleafloyalty.redemption.service.RewardRedemptions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard as the KPI file ({@code kpi.json}) names it: keys as issue 14 defines them, counts and money as
 * numbers, rates as fractions 0-1 (null when there is nothing to divide by), NPS from -100 to 100. Headline figures
 * of the previous period are under {@code previous_period}.
 */
public final class KpiDocument {

    public static final String POINTS_DISCOUNT = "points_discount";

    private KpiDocument() {
    }

    public static Map<String, Object> of(LoyaltyDashboard d) {
        Map<String, Object> doc = headline(d.getPeriod(), d.getOrders().getCurrent(), d.getRetention().getCurrent(),
                d.getPoints().getCurrent(), d.getFeedback().getCurrent());
        OrderKpis orders = d.getOrders().getCurrent();
        Map<String, Object> aov = new LinkedHashMap<String, Object>();
        Map<String, Object> perCustomer = new LinkedHashMap<String, Object>();
        aov.put("all", orders.getAov());
        for (CustomerGroup group : CustomerGroup.values()) {
            aov.put(group.getKey(), orders.getByGroup().get(group).getAov());
            perCustomer.put(group.getKey(), orders.getByGroup().get(group).getOrdersPerCustomer());
        }
        doc.put("aov", aov);
        doc.put("orders_per_customer", perCustomer);
        doc.put("by_tier", groups(orders.getByTier()));
        doc.put("by_segment", groups(lowerKeys(orders.getBySegment())));
        doc.put("rewards", rewards(d));
        doc.put("rewards_cost", d.getRewardsCost());
        doc.put("members_by_tier", d.getMembersByTier().getCurrent());
        Map<String, Object> moves = new LinkedHashMap<String, Object>();
        moves.put("up", d.getTierMoves().getUp());
        moves.put("down", d.getTierMoves().getDown());
        moves.put("joined", d.getTierMoves().getJoined());
        doc.put("tier_moves", moves);
        doc.put("customers_by_segment", lowerKeys(d.getCustomersBySegment().getCurrent()));
        doc.put("customers_by_lifecycle_phase", lowerKeys(d.getCustomersByPhase()));
        Map<String, Object> migration = new LinkedHashMap<String, Object>();
        for (Map.Entry<String, Map<String, Long>> row : d.getSegmentMigration().getMoves().entrySet()) {
            migration.put(row.getKey().toLowerCase(Locale.ROOT), lowerKeys(row.getValue()));
        }
        doc.put("segment_migration", migration);
        doc.put("referral_codes_used", d.getReferrals().getCodesUsed());
        doc.put("referrals_rewarded", d.getReferrals().getRewarded());
        Map<String, Object> refused = new LinkedHashMap<String, Object>();
        for (Map.Entry<ReferralRefusal, Long> reason : d.getReferrals().getRefused().entrySet()) {
            refused.put(reason.getKey().name().toLowerCase(Locale.ROOT), reason.getValue());
        }
        doc.put("referrals_refused", refused);
        doc.put("feedback_trend", feedbackTrend(d));
        doc.put("cohort_retention", cohorts(d.getCohorts()));
        doc.put("weekly", weeks(d.getWeeks()));
        doc.put("previous_period", headline(d.getPeriod().previous(), d.getOrders().getPrevious(),
                d.getRetention().getPrevious(), d.getPoints().getPrevious(), d.getFeedback().getPrevious()));
        return doc;
    }

    /** The figures compared with the previous period. */
    static Map<String, Object> headline(Period period, OrderKpis orders, BigDecimal retention, PointsKpis points,
            FeedbackScores feedback) {
        Map<String, Object> doc = new LinkedHashMap<String, Object>();
        doc.put("period_from", period.getFrom().toString());
        doc.put("period_to", period.getTo().toString());
        doc.put("customers_ordering", orders.getCustomersOrdering());
        doc.put("orders", orders.getOrders());
        doc.put("guest_orders", orders.getGuestOrders());
        doc.put("revenue", orders.getValue());
        doc.put("repeat_customer_rate", orders.getRepeatCustomerRate());
        doc.put("retention_rate", retention);
        doc.put("first_order_value", orders.getFirstOrderValue());
        doc.put("repeat_order_value", orders.getRepeatOrderValue());
        doc.put("order_value_ratio", orders.getOrderValueRatio());
        doc.put("points_issued", points.getIssued());
        doc.put("points_redeemed", points.getRedeemed());
        doc.put("points_expired", points.getExpired());
        doc.put("points_clawed_back", points.getClawedBack());
        doc.put("points_adjusted", points.getAdjusted());
        doc.put("points_liability", points.getLiability());
        doc.put("points_liability_value", points.getLiabilityValue());
        doc.put("pending_points", points.getPending());
        doc.put("redemption_rate", points.getRedemptionRate());
        doc.put("breakage_rate", points.getBreakageRate());
        doc.put("nps", feedback.getNps());
        doc.put("nps_responses", feedback.getCount());
        doc.put("csat", csatShare(feedback));
        doc.put("csat_mean", feedback.getCsatMean());
        doc.put("csat_responses", feedback.getCount());
        return doc;
    }

    /** CSAT as a fraction 0-1 (the share of answers scoring 4 or 5). */
    static BigDecimal csatShare(FeedbackScores scores) {
        BigDecimal percent = scores.getCsatPercent();
        return percent == null ? null : percent.divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_EVEN);
    }

    private static Map<String, Object> groups(Map<String, GroupFigures> groups) {
        Map<String, Object> out = new LinkedHashMap<String, Object>();
        for (Map.Entry<String, GroupFigures> group : groups.entrySet()) {
            Map<String, Object> figures = new LinkedHashMap<String, Object>();
            figures.put("customers", group.getValue().getCustomers());
            figures.put("orders", group.getValue().getOrders());
            figures.put("aov", group.getValue().getAov());
            figures.put("orders_per_customer", group.getValue().getOrdersPerCustomer());
            out.put(group.getKey(), figures);
        }
        return out;
    }

    private static <V> Map<String, V> lowerKeys(Map<String, V> map) {
        Map<String, V> out = new LinkedHashMap<String, V>();
        for (Map.Entry<String, V> entry : map.entrySet()) {
            out.put(entry.getKey().toLowerCase(Locale.ROOT), entry.getValue());
        }
        return out;
    }

    private static List<Object> rewards(LoyaltyDashboard d) {
        List<Object> rows = new ArrayList<Object>();
        for (RewardRedemptions reward : d.getRewards()) {
            Map<String, Object> row = new LinkedHashMap<String, Object>();
            row.put("reward", reward.isPointsDiscount() ? POINTS_DISCOUNT : reward.getName());
            row.put("redemptions", reward.getRedemptions());
            row.put("points", reward.getPoints());
            row.put("cost", d.getPoints().getCurrent().valueOf(reward.getPoints()));
            rows.add(row);
        }
        return rows;
    }

    private static List<Object> feedbackTrend(LoyaltyDashboard d) {
        List<Object> rows = new ArrayList<Object>();
        for (Map.Entry<YearMonth, FeedbackScores> month : d.getFeedbackTrend().entrySet()) {
            Map<String, Object> row = new LinkedHashMap<String, Object>();
            row.put("month", month.getKey().toString());
            row.put("nps", month.getValue().getNps());
            row.put("csat", csatShare(month.getValue()));
            row.put("responses", month.getValue().getCount());
            rows.add(row);
        }
        return rows;
    }

    private static List<Object> cohorts(CohortRetention cohorts) {
        List<Object> rows = new ArrayList<Object>();
        for (CohortRetention.Cohort cohort : cohorts.getCohorts()) {
            Map<String, Object> row = new LinkedHashMap<String, Object>();
            row.put("cohort", cohort.getMonth().toString());
            row.put("customers", cohort.getCustomers());
            row.put("retention", cohort.getShares());
            rows.add(row);
        }
        return rows;
    }

    private static List<Object> weeks(WeeklySeries series) {
        List<Object> rows = new ArrayList<Object>();
        for (WeeklySeries.Week week : series.getWeeks()) {
            Map<String, Object> row = new LinkedHashMap<String, Object>();
            row.put("week", week.getStart().toString());
            row.put("points_issued", week.getIssued());
            row.put("points_redeemed", week.getRedeemed());
            row.put("points_expired", week.getExpired());
            row.put("points_liability", week.getLiability());
            row.put("member_orders", week.getMemberOrders());
            row.put("guest_orders", week.getGuestOrders());
            rows.add(row);
        }
        return rows;
    }
}
