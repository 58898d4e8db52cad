package com.broadleafloyalty.analytics.service;

import com.broadleafloyalty.account.service.ReferralStatistics;
import com.broadleafloyalty.analytics.core.CohortRetention;
import com.broadleafloyalty.analytics.core.OrderFact;
import com.broadleafloyalty.analytics.core.OrderKpis;
import com.broadleafloyalty.analytics.core.Period;
import com.broadleafloyalty.analytics.core.PointsKpis;
import com.broadleafloyalty.analytics.core.PointsMovements;
import com.broadleafloyalty.analytics.core.Retention;
import com.broadleafloyalty.analytics.core.SegmentMigration;
import com.broadleafloyalty.analytics.core.TierMoves;
import com.broadleafloyalty.analytics.core.WeeklySeries;
import com.broadleafloyalty.analytics.dao.DashboardOrderDao;
import com.broadleafloyalty.feedback.service.FeedbackStatistics;
import com.broadleafloyalty.feedback.service.OrderFeedbackService;
import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.core.RedemptionRate;
import com.broadleafloyalty.ledger.service.LedgerStatistics;
import com.broadleafloyalty.ledger.service.LoyaltyProgram;
import com.broadleafloyalty.redemption.service.RedemptionStatistics;
import com.broadleafloyalty.redemption.service.RewardRedemptions;
import com.broadleafloyalty.segment.core.ScoredCustomer;
import com.broadleafloyalty.segment.service.SegmentStatistics;
import com.broadleafloyalty.tier.core.TierDefinition;
import com.broadleafloyalty.tier.core.TierLadder;
import com.broadleafloyalty.tier.service.LoyaltyTierService;
import com.broadleafloyalty.tier.service.TierMoveCount;
import com.broadleafloyalty.tier.service.TierStatistics;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.annotation.Resource;

/**
 * Gathers the figures (orders from Broadleaf's tables, the rest through each slice's statistics door) and hands them
 * to the analytics core. One read-only transaction, so every figure sees the same database state.
 */
public class LoyaltyDashboardServiceImpl implements LoyaltyDashboardService {

    /** The cohort table shows at least the last 12 months, at most 24. */
    static final int COHORT_MONTHS = 12;
    static final int MAX_COHORT_MONTHS = 24;

    @Resource(name = "blLoyaltyDashboardOrderDao")
    protected DashboardOrderDao orderDao;

    @Resource(name = "blLoyaltyLedgerStatistics")
    protected LedgerStatistics ledger;

    @Resource(name = "blLoyaltyProgram")
    protected LoyaltyProgram program;

    @Resource(name = "blLoyaltyTierService")
    protected LoyaltyTierService tierService;

    @Resource(name = "blLoyaltyTierStatistics")
    protected TierStatistics tiers;

    @Resource(name = "blLoyaltySegmentStatistics")
    protected SegmentStatistics segments;

    @Resource(name = "blLoyaltyOrderFeedbackService")
    protected OrderFeedbackService feedbackService;

    @Resource(name = "blLoyaltyFeedbackStatistics")
    protected FeedbackStatistics feedback;

    @Resource(name = "blLoyaltyReferralStatistics")
    protected ReferralStatistics referrals;

    @Resource(name = "blLoyaltyRedemptionStatistics")
    protected RedemptionStatistics redemptions;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public LoyaltyDashboard dashboard(Period period) {
        Period previous = period.previous();
        YearMonth lastMonth = YearMonth.from(period.lastDay());
        YearMonth firstMonth = min(YearMonth.from(period.firstDay()), lastMonth.minusMonths(COHORT_MONTHS - 1));
        if (firstMonth.isBefore(lastMonth.minusMonths(MAX_COHORT_MONTHS - 1))) {
            firstMonth = lastMonth.minusMonths(MAX_COHORT_MONTHS - 1);
        }
        Instant cohortStart = firstMonth.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant windowStart = min(previous.previous().getFrom(), cohortStart);

        List<OrderFact> orders = orderDao.submittedOrders(date(windowStart), date(period.getTo()));
        Map<Long, Instant> firstOrders = orderDao.firstOrders(date(period.getTo()));
        Map<Long, String> tiersNow = tiers.tiersAt(date(period.getTo()));
        Map<Long, String> tiersBefore = tiers.tiersAt(date(previous.getTo()));
        Map<Long, String> segmentsNow = new HashMap<Long, String>();
        Map<Long, String> phasesNow = new HashMap<Long, String>();
        scored(segments.scoredAt(date(period.getTo())), segmentsNow, phasesNow);
        Map<Long, String> segmentsBefore = new HashMap<Long, String>();
        scored(segments.scoredAt(date(previous.getTo())), segmentsBefore, new HashMap<Long, String>());

        LoyaltyDashboard d = new LoyaltyDashboard();
        d.period = period;
        d.orders = new LoyaltyDashboard.Pair<OrderKpis>(
                OrderKpis.of(period, orders, firstOrders, redeemers(period), tiersNow, segmentsNow),
                OrderKpis.of(previous, orders, firstOrders, redeemers(previous), tiersBefore, segmentsBefore));
        d.retention = new LoyaltyDashboard.Pair<BigDecimal>(Retention.rate(period, orders),
                Retention.rate(previous, orders));
        d.cohorts = CohortRetention.of(firstMonth, lastMonth, orders, firstOrders);
        Map<LocalDate, Map<PointsEntryType, Long>> days = ledger.pointsByDay(date(previous.getFrom()),
                date(period.getTo()));
        long liabilityAtStart = ledger.liabilityAt(date(previous.getTo())); // the previous period ends where this starts
        points(d, period, previous, days, liabilityAtStart);
        d.weeks = WeeklySeries.of(period, dailyPoints(period, days), liabilityAtStart, orders);
        rewards(d, period);
        tiers(d, period, tiersNow, tiersBefore);
        d.customersBySegment = new LoyaltyDashboard.Pair<Map<String, Long>>(SegmentMigration.countBy(segmentsNow),
                SegmentMigration.countBy(segmentsBefore));
        d.customersByPhase = SegmentMigration.countBy(phasesNow);
        d.segmentMigration = SegmentMigration.between(segmentsBefore, segmentsNow);
        d.referrals = referrals.countsBetween(date(period.getFrom()), date(period.getTo()));
        d.feedback = new LoyaltyDashboard.Pair<com.broadleafloyalty.feedback.core.FeedbackScores>(
                feedbackService.kpis(date(period.getFrom()), date(period.getTo())),
                feedbackService.kpis(date(previous.getFrom()), date(previous.getTo())));
        d.feedbackTrend = feedback.monthly(date(period.getFrom()), date(period.getTo()));
        return d;
    }

    private Set<Long> redeemers(Period period) {
        return ledger.customersWhoRedeemedBefore(date(period.getTo()));
    }

    private void points(LoyaltyDashboard d, Period period, Period previous,
            Map<LocalDate, Map<PointsEntryType, Long>> days, long liabilityAtStart) {
        RedemptionRate rate = program.getRedemptionRate();
        PointsMovements now = PointsMovements.none();
        PointsMovements before = PointsMovements.none();
        for (Map.Entry<LocalDate, Map<PointsEntryType, Long>> day : days.entrySet()) {
            PointsMovements movements = new PointsMovements(day.getValue());
            if (day.getKey().isBefore(period.firstDay())) {
                before = before.plus(movements);
            } else {
                now = now.plus(movements);
            }
        }
        d.points = new LoyaltyDashboard.Pair<PointsKpis>(
                new PointsKpis(now, ledger.liabilityAt(date(period.getTo())), ledger.pendingAt(date(period.getTo())),
                        rate),
                new PointsKpis(before, liabilityAtStart, ledger.pendingAt(date(previous.getTo())), rate));
    }

    /** The period's days among {@code days} (read once for both periods). */
    private static Map<LocalDate, PointsMovements> dailyPoints(Period period,
            Map<LocalDate, Map<PointsEntryType, Long>> days) {
        Map<LocalDate, PointsMovements> daily = new TreeMap<LocalDate, PointsMovements>();
        for (Map.Entry<LocalDate, Map<PointsEntryType, Long>> day : days.entrySet()) {
            if (!day.getKey().isBefore(period.firstDay())) {
                daily.put(day.getKey(), new PointsMovements(day.getValue()));
            }
        }
        return daily;
    }

    private void rewards(LoyaltyDashboard d, Period period) {
        d.rewards = redemptions.rewardsBetween(date(period.getFrom()), date(period.getTo()));
        long points = 0;
        for (RewardRedemptions reward : d.rewards) {
            points += reward.getPoints();
        }
        d.rewardsCost = program.getRedemptionRate().valueOf(points);
    }

    private void tiers(LoyaltyDashboard d, Period period, Map<Long, String> now, Map<Long, String> before) {
        TierLadder ladder = tierService.ladder();
        List<String> order = new ArrayList<String>();
        for (TierDefinition tier : ladder.getTiers()) {
            order.add(tier.getName());
        }
        d.membersByTier = new LoyaltyDashboard.Pair<Map<String, Long>>(countByTier(now.values(), order),
                countByTier(before.values(), order));
        d.tierOrder = order;
        TierMoves moves = new TierMoves();
        for (TierMoveCount move : tiers.movesBetween(date(period.getFrom()), date(period.getTo()))) {
            moves.add(move.getFromTier(), move.getToTier(), move.getCount(), ladder);
        }
        d.tierMoves = moves;
    }

    /** Counts in ladder order (every tier, 0 included), then tiers no longer defined; customers in none left out. */
    private static Map<String, Long> countByTier(Collection<String> tierNames, List<String> order) {
        Map<String, Long> counts = new LinkedHashMap<String, Long>();
        for (String tier : order) {
            counts.put(tier, 0L);
        }
        for (String name : tierNames) {
            if (name == null) {
                continue;
            }
            String key = name;
            for (String known : order) {
                if (known.toLowerCase(Locale.ROOT).equals(name.trim().toLowerCase(Locale.ROOT))) {
                    key = known;
                }
            }
            counts.put(key, counts.containsKey(key) ? counts.get(key) + 1 : 1L);
        }
        return counts;
    }

    private static void scored(List<ScoredCustomer> customers, Map<Long, String> segments, Map<Long, String> phases) {
        for (ScoredCustomer customer : customers) {
            segments.put(customer.getAggregate().getCustomerId(), customer.getSegment().name());
            phases.put(customer.getAggregate().getCustomerId(), customer.getPhase().name());
        }
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }
}
