package com.broadleafloyalty.tier.service;

import com.broadleafloyalty.ledger.core.EarningRule;
import com.broadleafloyalty.ledger.service.CustomerEarningRules;
import com.broadleafloyalty.ledger.service.LoyaltyPointsService;
import com.broadleafloyalty.ledger.service.LoyaltyProgram;
import com.broadleafloyalty.ledger.service.PointsLedger;
import com.broadleafloyalty.support.cache.TimedValue;
import com.broadleafloyalty.support.event.LoyaltyEvent;
import com.broadleafloyalty.support.event.LoyaltyEventPublisher;
import com.broadleafloyalty.tier.core.QualifyingActivity;
import com.broadleafloyalty.tier.core.RollingWindow;
import com.broadleafloyalty.tier.core.TierDecision;
import com.broadleafloyalty.tier.core.TierDefinition;
import com.broadleafloyalty.tier.core.TierEvaluation;
import com.broadleafloyalty.tier.core.TierLadder;
import com.broadleafloyalty.tier.core.TierMultiplier;
import com.broadleafloyalty.tier.core.TierSetup;
import com.broadleafloyalty.tier.core.TierSetupProblem;
import com.broadleafloyalty.tier.dao.TierDao;
import com.broadleafloyalty.tier.domain.CustomerTier;
import com.broadleafloyalty.tier.domain.Tier;
import com.broadleafloyalty.tier.domain.TierChange;
import com.broadleafloyalty.tier.domain.TierImpl;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Tier state per customer. At checkout it costs one read of the customer's tier row (shared by the multiplier
 * lookup and the evaluation through the request's persistence context) and one write (the accumulator; a tier
 * change adds its history row). The nightly job recomputes the window exactly from the ledger and the orders.
 */
public class LoyaltyTierServiceImpl implements LoyaltyTierService, CustomerEarningRules, TierNames {

    private static final Log LOG = LogFactory.getLog(LoyaltyTierServiceImpl.class);
    private static final int PAGE = 500;

    @Resource(name = "blLoyaltyPointsLedger")
    protected PointsLedger ledger;

    @Resource(name = "blLoyaltyTierDao")
    protected TierDao tierDao;

    /** The base currency, in which tier spend is counted and shown. */
    @Resource(name = "blLoyaltyProgram")
    protected LoyaltyProgram program;

    @Resource(name = "blLoyaltyEventPublisher")
    protected LoyaltyEventPublisher events;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** Spend is what earning counts: merchandise after every discount, points paid included, in the base currency. */
    @Resource(name = "blLoyaltyPointsService")
    protected LoyaltyPointsService pointsService;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    protected int windowMonths = 12;
    protected int graceDays = 30;
    private static final String CACHE_SECONDS = "loyalty.tiers.cache.seconds";

    private volatile TimedValue<TierLadder> cached = new TimedValue<TierLadder>(60, CACHE_SECONDS);

    public void setWindowMonths(int windowMonths) {
        this.windowMonths = new RollingWindow(windowMonths).getMonths();
    }

    public void setGraceDays(int graceDays) {
        new TierEvaluation(TierLadder.empty(), graceDays);
        this.graceDays = graceDays;
    }

    public void setCacheSeconds(long cacheSeconds) {
        this.cached = new TimedValue<TierLadder>(cacheSeconds, CACHE_SECONDS);
    }

    public int getGraceDays() {
        return graceDays;
    }

    public int getWindowMonths() {
        return windowMonths;
    }

    @Override
    public TierLadder ladder() {
        return cached.get(this::loadLadder);
    }

    @Override
    public void refreshTiers() {
        cached.invalidate();
    }

    private TierLadder loadLadder() {
        List<TierDefinition> definitions = new ArrayList<TierDefinition>();
        for (Tier tier : tierDao.readAllTiers()) {
            definitions.add(definitionOf(tier));
        }
        try {
            return TierLadder.of(definitions);
        } catch (IllegalArgumentException e) {
            LOG.error("Tiers are off until the set-up is fixed in the admin: " + e.getMessage());
            return TierLadder.empty();
        }
    }

    public static TierDefinition definitionOf(Tier tier) {
        return new TierDefinition(tier.getId(), tier.getName(),
                tier.getPointsThreshold() == null ? 0L : tier.getPointsThreshold(), tier.getSpendThreshold(),
                tier.getMultiplier(), TierDefinition.perksFromText(tier.getPerks()));
    }

    @Override
    public List<TierSetupProblem> problemsOf(TierDefinition candidate) {
        List<TierDefinition> others = new ArrayList<TierDefinition>();
        for (Tier tier : tierDao.readAllTiers()) {
            if (candidate.getId() == null || !candidate.getId().equals(tier.getId())) {
                others.add(definitionOf(tier));
            }
        }
        return TierSetup.checkCandidate(others, candidate);
    }

    @Override
    @Transactional("blTransactionManager")
    public List<TierSetupProblem> replaceTiers(List<TierDefinition> tiers) {
        List<TierSetupProblem> problems = TierSetup.check(tiers);
        if (!problems.isEmpty()) {
            return problems;
        }
        List<Tier> rows = new ArrayList<Tier>();
        for (TierDefinition definition : tiers) {
            Tier tier = new TierImpl();
            tier.setName(definition.getName());
            tier.setPointsThreshold(definition.getPointsThreshold());
            tier.setSpendThreshold(definition.getSpendThreshold());
            tier.setMultiplier(definition.getMultiplier());
            tier.setPerks(String.join("\n", definition.getPerks()));
            rows.add(tier);
        }
        tierDao.replaceTiers(rows);
        refreshTiers();
        return Collections.emptyList();
    }

    @Override
    public List<EarningRule> rulesFor(Long customerId, Order order) {
        TierDefinition tier = currentTier(customerId);
        return tier == null ? Collections.<EarningRule>emptyList()
                : Collections.<EarningRule>singletonList(TierMultiplier.of(tier));
    }

    @Override
    public TierDefinition currentTier(Long customerId) {
        TierLadder ladder = ladder();
        if (ladder.isEmpty() || customerId == null) {
            return null;
        }
        CustomerTier state = tierDao.readCustomerTier(customerId);
        return state == null ? null : ladder.byId(state.getTierId());
    }

    /** The names of the admin's tiers, for rules that name a tier (a VIP offer's minimum tier). */
    @Override
    public Set<String> tierNames() {
        Set<String> names = new LinkedHashSet<String>();
        for (TierDefinition tier : ladder().getTiers()) {
            names.add(tier.getName());
        }
        return names;
    }

    @Override
    public String currentTierName(Long customerId) {
        TierDefinition tier = currentTier(customerId);
        return tier == null ? null : tier.getName();
    }

    @Override
    public boolean atLeast(Long customerId, String tierName) {
        TierLadder ladder = ladder();
        int wanted = ladder.rankOf(tierName);
        return wanted >= 0 && ladder.rankOf(currentTier(customerId)) >= wanted;
    }

    @Override
    @Transactional("blTransactionManager")
    public TierDecision recordOrder(Long customerId, Long orderId, long points, BigDecimal spend) {
        TierLadder ladder = ladder();
        if (ladder.isEmpty()) {
            return null;
        }
        CustomerTier state = tierDao.readCustomerTier(customerId);
        if (state == null) {
            // The nightly job counts earlier orders; until then the window starts with this one.
            state = tierDao.createCustomerTier(customerId);
        }
        QualifyingActivity activity = new QualifyingActivity(state.getWindowPoints(), state.getWindowSpend())
                .plus(points, spend);
        state.setWindowPoints(activity.getPoints());
        state.setWindowSpend(activity.getSpend());
        TierDecision decision = evaluation(ladder).decide(ladder.byId(state.getTierId()), instant(state.getDowngradeDue()),
                activity, SystemTime.asDate().toInstant(), false);
        apply(state, decision, activity, "Order " + orderId, orderKey(orderId));
        return decision;
    }

    @Override
    @Transactional("blTransactionManager")
    public void undoOrder(Long customerId, Long orderId, long points, BigDecimal spend) {
        CustomerTier state = tierDao.readCustomerTier(customerId);
        if (state == null) {
            return;
        }
        state.setWindowPoints(Math.max(0L, state.getWindowPoints() - points));
        state.setWindowSpend(state.getWindowSpend().subtract(spend == null ? BigDecimal.ZERO : spend).max(BigDecimal.ZERO));
        TierChange upgrade = tierDao.readChange(customerId, orderKey(orderId) + ":" + TierDecision.Kind.UPGRADE);
        if (upgrade != null) {
            TierDefinition previous = ladder().byName(upgrade.getFromTier());
            tierDao.deleteChange(upgrade);
            state.setTierId(previous == null ? null : previous.getId());
            List<TierChange> earlier = tierDao.readChanges(customerId);
            earlier.remove(upgrade);
            state.setSince(earlier.isEmpty() ? null : earlier.get(0).getChangeDate());
            LOG.info("Customer " + customerId + " back to " + upgrade.getFromTier() + ": order " + orderId
                    + " did not complete");
        }
    }

    private static String orderKey(Long orderId) {
        return "ORDER:" + orderId;
    }

    @Override
    @Transactional("blTransactionManager")
    public TierDecision evaluate(Long customerId) {
        TierLadder ladder = ladder();
        if (ladder.isEmpty()) {
            return null;
        }
        QualifyingActivity activity = qualifyingActivity(customerId);
        CustomerTier state = tierDao.readCustomerTier(customerId);
        if (state == null) {
            state = tierDao.createCustomerTier(customerId);
        }
        Date now = SystemTime.asDate();
        state.setWindowPoints(activity.getPoints());
        state.setWindowSpend(activity.getSpend());
        state.setEvaluatedDate(now);
        TierDecision decision = evaluation(ladder).decide(ladder.byId(state.getTierId()), instant(state.getDowngradeDue()),
                activity, now.toInstant(), true);
        apply(state, decision, activity, "Nightly evaluation", "NIGHTLY:" + day(now));
        return decision;
    }

    @Override
    public int evaluateEveryone() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        refreshTiers();
        if (ladder().isEmpty()) {
            LOG.info("No tiers defined: nothing to evaluate");
            return 0;
        }
        int evaluated = 0;
        int failed = 0;
        Long after = null;
        while (true) {
            final Long from = after;
            List<Long> ids = transaction.execute(status -> tierDao.readRegisteredCustomerIds(from, PAGE));
            for (final Long customerId : ids) {
                try {
                    transaction.execute(status -> evaluate(customerId));
                    evaluated++;
                } catch (RuntimeException e) {
                    // Another node evaluating the same customer fails on the unique keys; the next night retries.
                    failed++;
                    LOG.warn("Tier evaluation of customer " + customerId + " failed: " + e);
                }
            }
            if (ids.size() < PAGE) {
                break;
            }
            after = ids.get(ids.size() - 1);
        }
        LOG.info("Tier evaluation: " + evaluated + " customers evaluated, " + failed + " failed");
        return evaluated;
    }

    @Override
    public QualifyingActivity qualifyingActivity(Long customerId) {
        Date from = Date.from(new RollingWindow(windowMonths).startAt(SystemTime.asDate().toInstant()));
        return new QualifyingActivity(ledger.sumOrderPointsSince(customerId, from), spendSince(customerId, from));
    }

    /** The qualifying amounts of the customer's submitted orders since {@code from}: the same base as at checkout. */
    private BigDecimal spendSince(Long customerId, Date from) {
        BigDecimal spend = BigDecimal.ZERO;
        for (Long orderId : tierDao.readSubmittedOrderIds(customerId, from)) {
            Order order = orderService.findOrderById(orderId);
            if (order != null) {
                spend = spend.add(pointsService.qualifyingAmount(order));
            }
        }
        return spend;
    }

    @Override
    public TierStatus status(Long customerId) {
        TierLadder ladder = ladder();
        if (ladder.isEmpty()) {
            return new TierStatus(null, null, QualifyingActivity.none(), null, null, windowMonths,
                    program.getBaseCurrency());
        }
        CustomerTier state = tierDao.readCustomerTier(customerId);
        TierDefinition tier = state == null ? null : ladder.byId(state.getTierId());
        QualifyingActivity activity = state == null ? QualifyingActivity.none()
                : new QualifyingActivity(state.getWindowPoints(), state.getWindowSpend());
        return new TierStatus(tier, ladder.progress(tier, activity), activity, state == null ? null : state.getSince(),
                state == null ? null : state.getDowngradeDue(), windowMonths, program.getBaseCurrency());
    }

    @Override
    @Transactional("blTransactionManager")
    public List<TierChange> history(Long customerId) {
        return tierDao.readChanges(customerId);
    }

    private TierEvaluation evaluation(TierLadder ladder) {
        return new TierEvaluation(ladder, graceDays);
    }

    private void apply(CustomerTier state, TierDecision decision, QualifyingActivity activity, String occasion,
            String changeKey) {
        Date now = SystemTime.asDate();
        switch (decision.getKind()) {
            case UPGRADE:
            case DOWNGRADE:
                String from = nameOf(ladder().byId(state.getTierId()));
                String to = nameOf(decision.getTier());
                TierChange change = tierDao.createChange();
                change.setCustomerId(state.getCustomerId());
                change.setFromTier(from);
                change.setToTier(to);
                change.setChangeDate(now);
                change.setChangeKey(changeKey + ":" + decision.getKind());
                change.setReason(reason(decision, activity, occasion));
                tierDao.saveChange(change);
                if (events.wants(LoyaltyEvent.TIER_CHANGED)) {
                    events.publish(em, LoyaltyEvent.of(LoyaltyEvent.TIER_CHANGED, state.getCustomerId(), "from", from,
                            "to", to, "direction", decision.getKind().name()));
                }
                state.setTierId(decision.getTier() == null ? null : decision.getTier().getId());
                state.setSince(now);
                state.setGraceStarted(null);
                state.setDowngradeDue(null);
                LOG.info("Customer " + state.getCustomerId() + " " + decision.getKind() + " " + from + " -> " + to);
                break;
            case START_GRACE:
                state.setGraceStarted(now);
                state.setDowngradeDue(Date.from(decision.getDowngradeDue()));
                break;
            case CANCEL_GRACE:
                state.setGraceStarted(null);
                state.setDowngradeDue(null);
                break;
            default:
                if (decision.getTier() == null && state.getTierId() != null) {
                    state.setTierId(null); // its tier was deleted in the admin and nothing else is reached
                }
        }
    }

    private String reason(TierDecision decision, QualifyingActivity activity, String occasion) {
        TierDefinition tier = decision.getTier();
        String reached = tier == null ? "no tier"
                : tier.getName() + " (" + tier.getPointsThreshold() + " points or "
                        + tier.getSpendThreshold().setScale(2, BigDecimal.ROUND_HALF_EVEN).toPlainString() + " spend)";
        String measured = activity + " in the last " + windowMonths + " months";
        if (decision.getKind() == TierDecision.Kind.UPGRADE) {
            return occasion + ": " + measured + " reach " + reached;
        }
        return occasion + ": grace period of " + graceDays + " days over; " + measured + " qualify for " + reached;
    }

    private static String nameOf(TierDefinition tier) {
        return tier == null ? null : tier.getName();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String day(Date date) {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.format(date);
    }
}
