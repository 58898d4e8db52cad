package com.broadleafloyalty.analytics.service;

import com.broadleafloyalty.account.core.ReferralRefusal;
import com.broadleafloyalty.analytics.core.Change;
import com.broadleafloyalty.analytics.core.CohortRetention;
import com.broadleafloyalty.analytics.core.CustomerGroup;
import com.broadleafloyalty.analytics.core.GroupFigures;
import com.broadleafloyalty.analytics.core.OrderKpis;
import com.broadleafloyalty.analytics.core.PointsKpis;
import com.broadleafloyalty.analytics.core.WeeklySeries;
import com.broadleafloyalty.feedback.core.FeedbackScores;
import com.broadleafloyalty.redemption.service.RewardRedemptions;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.broadleafloyalty.analytics.service.DashboardCell.count;
import static com.broadleafloyalty.analytics.service.DashboardCell.label;
import static com.broadleafloyalty.analytics.service.DashboardCell.money;
import static com.broadleafloyalty.analytics.service.DashboardCell.rate;
import static com.broadleafloyalty.analytics.service.DashboardCell.text;

/**
 * The dashboard's tables, the same on the admin page, in its CSV exports and in the replay's static report. Labels
 * are message keys under {@code loyalty.analytics.}; segment, phase, group and refusal names are keyed by their
 * enum names, tier and reward names are the merchant's own.
 */
public final class DashboardTables {

    static final String PREFIX = "loyalty.analytics.";

    private DashboardTables() {
    }

    /** By id, in page order. */
    public static Map<String, DashboardTable> of(LoyaltyDashboard d) {
        Map<String, DashboardTable> tables = new LinkedHashMap<String, DashboardTable>();
        add(tables, headline(d));
        add(tables, groups("customer-groups", "customerGroup", groupFigures(d.getOrders().getCurrent()), true));
        add(tables, groups("tiers-orders", "tier", d.getOrders().getCurrent().getByTier(), false));
        add(tables, groups("segments-orders", "segment", d.getOrders().getCurrent().getBySegment(), true));
        add(tables, weeks(d.getWeeks()));
        add(tables, cohorts(d.getCohorts()));
        add(tables, rewards(d));
        add(tables, membersByTier(d));
        add(tables, segments(d));
        add(tables, phases(d));
        add(tables, migration(d));
        add(tables, referrals(d));
        add(tables, feedback(d));
        return tables;
    }

    private static void add(Map<String, DashboardTable> tables, DashboardTable table) {
        tables.put(table.getId(), table);
    }

    private static List<DashboardCell> headers(String... keys) {
        List<DashboardCell> headers = new ArrayList<DashboardCell>();
        for (String key : keys) {
            headers.add(label(PREFIX + "column." + key));
        }
        return headers;
    }

    private static DashboardTable headline(LoyaltyDashboard d) {
        DashboardTable table = new DashboardTable("headline", PREFIX + "table.headline",
                headers("figure", "period", "previous", "change"));
        OrderKpis now = d.getOrders().getCurrent();
        OrderKpis before = d.getOrders().getPrevious();
        PointsKpis points = d.getPoints().getCurrent();
        PointsKpis pointsBefore = d.getPoints().getPrevious();
        FeedbackScores feedback = d.getFeedback().getCurrent();
        FeedbackScores feedbackBefore = d.getFeedback().getPrevious();
        counted(table, "customers_ordering", now.getCustomersOrdering(), before.getCustomersOrdering());
        counted(table, "orders", now.getOrders(), before.getOrders());
        counted(table, "guest_orders", now.getGuestOrders(), before.getGuestOrders());
        amount(table, "revenue", now.getValue(), before.getValue());
        amount(table, "aov", now.getAov(), before.getAov());
        ratio(table, "repeat_customer_rate", now.getRepeatCustomerRate(), before.getRepeatCustomerRate());
        ratio(table, "retention_rate", d.getRetention().getCurrent(), d.getRetention().getPrevious());
        amount(table, "first_order_value", now.getFirstOrderValue(), before.getFirstOrderValue());
        amount(table, "repeat_order_value", now.getRepeatOrderValue(), before.getRepeatOrderValue());
        Change valueRatio = Change.of(now.getOrderValueRatio(), before.getOrderValueRatio());
        table.row(label(PREFIX + "kpi.order_value_ratio"), DashboardCell.decimal(now.getOrderValueRatio()),
                DashboardCell.decimal(before.getOrderValueRatio()), DashboardCell.decimal(valueRatio.getDifference())
                        .signed());
        counted(table, "points_issued", points.getIssued(), pointsBefore.getIssued());
        counted(table, "points_redeemed", points.getRedeemed(), pointsBefore.getRedeemed());
        counted(table, "points_expired", points.getExpired(), pointsBefore.getExpired());
        counted(table, "points_clawed_back", points.getClawedBack(), pointsBefore.getClawedBack());
        counted(table, "points_adjusted", points.getAdjusted(), pointsBefore.getAdjusted());
        counted(table, "points_liability", points.getLiability(), pointsBefore.getLiability());
        amount(table, "points_liability_value", points.getLiabilityValue(), pointsBefore.getLiabilityValue());
        counted(table, "pending_points", points.getPending(), pointsBefore.getPending());
        ratio(table, "redemption_rate", points.getRedemptionRate(), pointsBefore.getRedemptionRate());
        ratio(table, "breakage_rate", points.getBreakageRate(), pointsBefore.getBreakageRate());
        Change nps = Change.of(feedback.getNps(), feedbackBefore.getNps());
        table.row(label(PREFIX + "kpi.nps"), DashboardCell.score(feedback.getNps()),
                DashboardCell.score(feedbackBefore.getNps()), DashboardCell.score(nps.getDifference()).signed());
        counted(table, "nps_responses", feedback.getCount(), feedbackBefore.getCount());
        ratio(table, "csat", KpiDocument.csatShare(feedback), KpiDocument.csatShare(feedbackBefore));
        return table;
    }

    private static void counted(DashboardTable table, String key, long now, long before) {
        table.row(label(PREFIX + "kpi." + key), count(now), count(before), rate(Change.of(now, before).getRelative())
                .signed());
    }

    private static void amount(DashboardTable table, String key, BigDecimal now, BigDecimal before) {
        table.row(label(PREFIX + "kpi." + key), money(now), money(before), rate(Change.of(now, before).getRelative())
                .signed());
    }

    /** Rates change by their difference (percentage points), not relatively. */
    private static void ratio(DashboardTable table, String key, BigDecimal now, BigDecimal before) {
        table.row(label(PREFIX + "kpi." + key), rate(now), rate(before), rate(Change.of(now, before).getDifference())
                .signed());
    }

    private static Map<String, GroupFigures> groupFigures(OrderKpis orders) {
        Map<String, GroupFigures> groups = new LinkedHashMap<String, GroupFigures>();
        for (CustomerGroup group : CustomerGroup.values()) {
            groups.put(group.name(), orders.getByGroup().get(group));
        }
        return groups;
    }

    private static DashboardTable groups(String id, String kind, Map<String, GroupFigures> groups, boolean labelled) {
        DashboardTable table = new DashboardTable(id, PREFIX + "table." + id,
                headers(kind, "customers", "orders", "aov", "ordersPerCustomer"));
        for (Map.Entry<String, GroupFigures> group : groups.entrySet()) {
            GroupFigures figures = group.getValue();
            table.row(name(kind, group.getKey(), labelled), count(figures.getCustomers()), count(figures.getOrders()),
                    money(figures.getAov()), DashboardCell.decimal(figures.getOrdersPerCustomer()));
        }
        return table;
    }

    /** A segment, phase or group label; a tier's own name; "none" as a label everywhere. */
    private static DashboardCell name(String kind, String name, boolean labelled) {
        if (OrderKpis.UNASSIGNED.equals(name)) {
            return label(PREFIX + kind + ".none");
        }
        return labelled ? label(PREFIX + kind + "." + name) : text(name);
    }

    private static DashboardTable weeks(WeeklySeries series) {
        DashboardTable table = new DashboardTable("weekly", PREFIX + "table.weekly", headers("week", "pointsIssued",
                "pointsRedeemed", "pointsExpired", "liability", "memberOrders", "guestOrders"));
        for (WeeklySeries.Week week : series.getWeeks()) {
            table.row(text(week.getStart().toString()), count(week.getIssued()), count(week.getRedeemed()),
                    count(week.getExpired()), count(week.getLiability()), count(week.getMemberOrders()),
                    count(week.getGuestOrders()));
        }
        return table;
    }

    private static DashboardTable cohorts(CohortRetention cohorts) {
        List<DashboardCell> headers = headers("cohort", "newCustomers");
        for (int month = 0; month < cohorts.getMonths(); month++) {
            headers.add(label(PREFIX + "column.month", month));
        }
        DashboardTable table = new DashboardTable("cohorts", PREFIX + "table.cohorts", headers);
        for (CohortRetention.Cohort cohort : cohorts.getCohorts()) {
            List<DashboardCell> row = new ArrayList<DashboardCell>();
            row.add(text(cohort.getMonth().toString()));
            row.add(count(cohort.getCustomers()));
            for (BigDecimal share : cohort.getShares()) {
                row.add(rate(share));
            }
            table.row(row);
        }
        return table;
    }

    private static DashboardTable rewards(LoyaltyDashboard d) {
        DashboardTable table = new DashboardTable("rewards", PREFIX + "table.rewards",
                headers("reward", "redemptions", "points", "cost"));
        long redemptions = 0;
        long points = 0;
        for (RewardRedemptions reward : d.getRewards()) {
            table.row(reward.isPointsDiscount() ? label(PREFIX + "reward.pointsDiscount")
                    : reward.getName() == null ? label(PREFIX + "reward.deleted") : text(reward.getName()),
                    count(reward.getRedemptions()), count(reward.getPoints()),
                    money(d.getPoints().getCurrent().valueOf(reward.getPoints())));
            redemptions += reward.getRedemptions();
            points += reward.getPoints();
        }
        table.row(label(PREFIX + "reward.total"), count(redemptions), count(points), money(d.getRewardsCost()));
        return table;
    }

    private static DashboardTable membersByTier(LoyaltyDashboard d) {
        DashboardTable table = new DashboardTable("tiers", PREFIX + "table.tiers",
                headers("tier", "members", "membersBefore"));
        Map<String, Long> before = d.getMembersByTier().getPrevious();
        for (Map.Entry<String, Long> tier : d.getMembersByTier().getCurrent().entrySet()) {
            Long earlier = before.get(tier.getKey());
            table.row(text(tier.getKey()), count(tier.getValue()), count(earlier == null ? 0 : earlier));
        }
        table.row(label(PREFIX + "tierMoves.up"), count(d.getTierMoves().getUp()), text(""));
        table.row(label(PREFIX + "tierMoves.down"), count(d.getTierMoves().getDown()), text(""));
        table.row(label(PREFIX + "tierMoves.joined"), count(d.getTierMoves().getJoined()), text(""));
        return table;
    }

    private static DashboardTable segments(LoyaltyDashboard d) {
        DashboardTable table = new DashboardTable("segments", PREFIX + "table.segments",
                headers("segment", "customers", "customersBefore"));
        Map<String, Long> before = d.getCustomersBySegment().getPrevious();
        for (String segment : SEGMENTS) {
            Long now = d.getCustomersBySegment().getCurrent().get(segment);
            Long earlier = before.get(segment);
            table.row(label(PREFIX + "segment." + segment), count(now == null ? 0 : now),
                    count(earlier == null ? 0 : earlier));
        }
        return table;
    }

    /** Segment names in the segments' own order (best first). */
    static final List<String> SEGMENTS = Arrays.asList("CHAMPIONS", "LOYAL", "POTENTIAL_LOYALISTS", "NEW_CUSTOMERS",
            "NEED_ATTENTION", "CANT_LOSE_THEM", "AT_RISK", "HIBERNATING", "LOST");
    static final List<String> PHASES = Arrays.asList("FIRST_PURCHASE", "AT_RISK_OF_DISAPPOINTMENT", "TRUST",
            "ADVOCATE");

    private static DashboardTable phases(LoyaltyDashboard d) {
        DashboardTable table = new DashboardTable("phases", PREFIX + "table.phases", headers("phase", "customers"));
        for (String phase : PHASES) {
            Long now = d.getCustomersByPhase().get(phase);
            table.row(label(PREFIX + "phase." + phase), count(now == null ? 0 : now));
        }
        return table;
    }

    private static DashboardTable migration(LoyaltyDashboard d) {
        DashboardTable table = new DashboardTable("segment-migration", PREFIX + "table.segment-migration",
                headers("segmentBefore", "segmentNow", "customers"));
        for (Map.Entry<String, Map<String, Long>> from : d.getSegmentMigration().getMoves().entrySet()) {
            for (Map.Entry<String, Long> to : from.getValue().entrySet()) {
                table.row(name("segment", from.getKey(), true), name("segment", to.getKey(), true),
                        count(to.getValue()));
            }
        }
        return table;
    }

    private static DashboardTable referrals(LoyaltyDashboard d) {
        DashboardTable table = new DashboardTable("referrals", PREFIX + "table.referrals", headers("referrals",
                "count"));
        table.row(label(PREFIX + "referral.codesUsed"), count(d.getReferrals().getCodesUsed()));
        table.row(label(PREFIX + "referral.rewarded"), count(d.getReferrals().getRewarded()));
        table.row(label(PREFIX + "referral.refused"), count(d.getReferrals().getRefusedTotal()));
        for (Map.Entry<ReferralRefusal, Long> reason : d.getReferrals().getRefused().entrySet()) {
            table.row(label(PREFIX + "referral.refusal." + reason.getKey().name()), count(reason.getValue()));
        }
        return table;
    }

    private static DashboardTable feedback(LoyaltyDashboard d) {
        DashboardTable table = new DashboardTable("feedback", PREFIX + "table.feedback",
                headers("calendarMonth", "responses", "nps", "csat"));
        for (Map.Entry<YearMonth, FeedbackScores> month : d.getFeedbackTrend().entrySet()) {
            table.row(text(month.getKey().toString()), count(month.getValue().getCount()),
                    DashboardCell.score(month.getValue().getNps()), rate(KpiDocument.csatShare(month.getValue())));
        }
        return table;
    }

    /** The message key of a segment's name (for charts). */
    static String segmentKey(String segment) {
        return PREFIX + "segment." + segment.toUpperCase(Locale.ROOT);
    }
}
