package com.broadleafloyalty.segment.service;

import com.broadleafloyalty.ledger.service.OrderTally;
import com.broadleafloyalty.ledger.service.OrderTallyService;
import com.broadleafloyalty.segment.core.CustomerAggregate;
import com.broadleafloyalty.segment.core.LifecyclePhase;
import com.broadleafloyalty.segment.core.LifecycleRule;
import com.broadleafloyalty.segment.core.RfmCutPoints;
import com.broadleafloyalty.segment.core.RfmScoring;
import com.broadleafloyalty.segment.core.ScoredCustomer;
import com.broadleafloyalty.segment.core.Segment;
import com.broadleafloyalty.segment.dao.CustomerSegmentDao;
import com.broadleafloyalty.segment.dao.TallySnapshot;
import com.broadleafloyalty.segment.domain.SegmentCutPoints;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.function.Predicate;
import java.util.Map;

import javax.annotation.Resource;

/**
 * The adapter between Broadleaf's orders and the pure RFM core ({@code core.segment}). Also the module's
 * {@link SegmentLookup}, through which other features (VIP offers) target segments.
 */
public class CustomerSegmentServiceImpl implements CustomerSegmentService, SegmentLookup {

    private static final Log LOG = LogFactory.getLog(CustomerSegmentServiceImpl.class);

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "blLoyaltyCustomerSegmentDao")
    protected CustomerSegmentDao dao;

    @Resource(name = "blLoyaltyOrderTallyService")
    protected OrderTallyService tallyService;

    protected int returnWindowDays = 90;

    public void setReturnWindowDays(int returnWindowDays) {
        new LifecycleRule(returnWindowDays); // refuses a bad setting at start-up, with its reason
        this.returnWindowDays = returnWindowDays;
    }

    protected RfmScoring scoring() {
        return new RfmScoring(new LifecycleRule(returnWindowDays));
    }

    @Override
    @Transactional("blTransactionManager")
    public FullRunSummary recomputeAll() {
        Date runStart = new Date();
        createCutPointsIfMissing();
        if (!dao.claimFullRun(runStart)) {
            LOG.info("RFM recompute skipped: another node finished one while this one waited");
            return FullRunSummary.skippedRun();
        }
        List<CustomerAggregate> aggregates = dao.readOrderAggregates();
        RfmScoring.Run run = scoring().scoreAll(aggregates, epochDay(SystemTime.asMillis()));
        Date computedAt = new Date(Math.max(System.currentTimeMillis(), runStart.getTime()));
        Map<Segment, Integer> sizes = new EnumMap<Segment, Integer>(Segment.class);
        for (ScoredCustomer customer : run.getCustomers()) {
            Integer size = sizes.get(customer.getSegment());
            sizes.put(customer.getSegment(), size == null ? 1 : size + 1);
        }
        int corrected = correctTallies(aggregates, runStart);
        storeCutPoints(run, computedAt);
        FullRunSummary summary = new FullRunSummary(false, run.getCustomers().size(), corrected, sizes,
                run.getCutPoints());
        LOG.info("RFM recompute: " + summary);
        return summary;
    }

    /**
     * The accounts' order tallies are counted at checkout; the orders are the truth. Tallies that differ from them
     * (orders placed before the module was installed or while it was paused, a checkout that failed after its award,
     * an order cancelled since) are set to the truth. Returns how many were corrected.
     */
    private int correctTallies(List<CustomerAggregate> truth, Date runStart) {
        Map<Long, CustomerAggregate> tallies = new HashMap<Long, CustomerAggregate>();
        for (CustomerAggregate tally : tallies()) {
            tallies.put(tally.getCustomerId(), tally);
        }
        int corrected = 0;
        for (CustomerAggregate orders : truth) {
            CustomerAggregate tally = tallies.remove(orders.getCustomerId());
            if (tally == null || !sameFigures(tally, orders)) {
                tallyService.correct(orders.getCustomerId(), toTally(orders), runStart);
                corrected++;
            }
        }
        for (Long customerWithoutOrders : tallies.keySet()) {
            tallyService.correct(customerWithoutOrders, null, runStart);
            corrected++;
        }
        return corrected;
    }

    private static boolean sameFigures(CustomerAggregate a, CustomerAggregate b) {
        return a.getOrderCount() == b.getOrderCount() && a.getMonetary().compareTo(b.getMonetary()) == 0
                && a.getFirstOrderMillis() == b.getFirstOrderMillis() && a.getLastOrderMillis() == b.getLastOrderMillis();
    }

    /**
     * Scored on read: the tally the checkout keeps current, against the cut points of the last full run, on
     * today's date (so recency ages without a write).
     */
    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public CustomerSegmentView viewOf(Long customerId) {
        if (customerId == null) {
            return null;
        }
        TallySnapshot snapshot = dao.readTally(customerId);
        CustomerAggregate tally = snapshot.getTally();
        if (tally == null) {
            return null;
        }
        ScoredCustomer scored = snapshot.getCutPoints() == null ? null
                : scoring().scoreOne(tally, snapshot.getCutPoints(), epochDay(SystemTime.asMillis()), false);
        return new CustomerSegmentView(tally, scored);
    }

    @Override
    public String segmentOf(Long customerId) {
        CustomerSegmentView view = viewOf(customerId);
        return view == null ? null : view.getSegmentName();
    }

    /** Refuses an unknown segment name with the list of known ones. */
    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<Long> customersIn(String segmentName) {
        Segment wanted = Segment.named(segmentName);
        return customersWhere(scored -> scored.getSegment() == wanted);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<Long> customersInPhase(String phaseName) {
        LifecyclePhase wanted = LifecyclePhase.valueOf(phaseName == null ? "" : phaseName.trim());
        return customersWhere(scored -> scored.getPhase() == wanted);
    }

    /** The ids, ascending, of the customers whose score today against the stored cut points passes {@code test}. */
    private List<Long> customersWhere(Predicate<ScoredCustomer> test) {
        RfmCutPoints cutPoints = dao.readStoredCutPoints();
        List<Long> customers = new ArrayList<Long>();
        if (cutPoints == null) {
            return customers;
        }
        RfmScoring scoring = scoring();
        long today = epochDay(SystemTime.asMillis());
        for (CustomerAggregate tally : tallies()) {
            if (test.test(scoring.scoreOne(tally, cutPoints, today, false))) {
                customers.add(tally.getCustomerId());
            }
        }
        Collections.sort(customers);
        return customers;
    }

    private void storeCutPoints(RfmScoring.Run run, Date computedAt) {
        SegmentCutPoints cuts = dao.readCutPoints();
        RfmCutPoints points = run.getCutPoints();
        cuts.setCustomers(run.getCustomers().size());
        cuts.setRecencyCut1(points == null ? null : points.getRecency().getCuts().get(0));
        cuts.setRecencyCut2(points == null ? null : points.getRecency().getCuts().get(1));
        cuts.setRecencyCut3(points == null ? null : points.getRecency().getCuts().get(2));
        cuts.setRecencyCut4(points == null ? null : points.getRecency().getCuts().get(3));
        cuts.setFrequencyCut1(points == null ? null : points.getFrequency().getCuts().get(0));
        cuts.setFrequencyCut2(points == null ? null : points.getFrequency().getCuts().get(1));
        cuts.setFrequencyCut3(points == null ? null : points.getFrequency().getCuts().get(2));
        cuts.setFrequencyCut4(points == null ? null : points.getFrequency().getCuts().get(3));
        cuts.setMonetaryCut1(points == null ? null : points.getMonetary().getCuts().get(0));
        cuts.setMonetaryCut2(points == null ? null : points.getMonetary().getCuts().get(1));
        cuts.setMonetaryCut3(points == null ? null : points.getMonetary().getCuts().get(2));
        cuts.setMonetaryCut4(points == null ? null : points.getMonetary().getCuts().get(3));
        cuts.setComputedAt(computedAt);
    }

    private static long epochDay(long millis) {
        return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
    }

    /** The accounts' order tallies as the scoring reads them. */
    private List<CustomerAggregate> tallies() {
        List<OrderTally> tallies = tallyService.readAll();
        List<CustomerAggregate> aggregates = new ArrayList<CustomerAggregate>(tallies.size());
        for (OrderTally tally : tallies) {
            aggregates.add(CustomerAggregate.stored(tally.getCustomerId(), tally.getFirstOrder().getTime(),
                    tally.getLastOrder().getTime(), tally.getOrderCount(), tally.getOrderSpend()));
        }
        return aggregates;
    }

    private static OrderTally toTally(CustomerAggregate orders) {
        return new OrderTally(orders.getCustomerId(), orders.getOrderCount(), orders.getMonetary(),
                new Date(orders.getFirstOrderMillis()), new Date(orders.getLastOrderMillis()));
    }

    /**
     * The first run on a new database creates the cut points' one row. Two nodes starting that run at the same moment
     * would both insert it: each tries in a transaction of its own, the loser's insert fails on the key and it goes
     * on to claim the run, where it waits for the winner as on any later run.
     */
    private void createCutPointsIfMissing() {
        TransactionTemplate separate = new TransactionTemplate(transactionManager);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        try {
            separate.execute(status -> {
                dao.createCutPointsIfMissing();
                return null;
            });
        } catch (RuntimeException e) {
            LOG.debug("The segments' cut points were created by another node at the same moment: " + e);
        }
    }
}
