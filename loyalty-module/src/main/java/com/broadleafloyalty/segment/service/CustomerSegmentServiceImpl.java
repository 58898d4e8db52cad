package com.broadleafloyalty.segment.service;

import com.broadleafloyalty.audience.SegmentLookup;
import com.broadleafloyalty.core.segment.CustomerAggregate;
import com.broadleafloyalty.core.segment.LifecycleRule;
import com.broadleafloyalty.core.segment.RfmCutPoints;
import com.broadleafloyalty.core.segment.RfmScoring;
import com.broadleafloyalty.core.segment.ScoredCustomer;
import com.broadleafloyalty.core.segment.Segment;
import com.broadleafloyalty.segment.dao.CheckoutSnapshot;
import com.broadleafloyalty.segment.dao.CustomerSegmentDao;
import com.broadleafloyalty.segment.domain.CustomerSegment;
import com.broadleafloyalty.segment.domain.SegmentCutPoints;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

/**
 * The adapter between Broadleaf's orders and the pure RFM core ({@code core.segment}). Also the module's
 * {@link SegmentLookup}, through which other features (VIP offers) target segments.
 */
public class CustomerSegmentServiceImpl implements CustomerSegmentService, SegmentLookup {

    private static final Log LOG = LogFactory.getLog(CustomerSegmentServiceImpl.class);
    private static final int CHUNK = 500;

    @Resource(name = "blLoyaltyCustomerSegmentDao")
    protected CustomerSegmentDao dao;

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
        if (!dao.claimFullRun(runStart)) {
            LOG.info("RFM recompute skipped: another node finished one while this one waited");
            return FullRunSummary.skippedRun();
        }
        List<CustomerAggregate> aggregates = dao.readOrderAggregates();
        RfmScoring.Run run = scoring().scoreAll(aggregates, epochDay(SystemTime.asMillis()));
        Date computedAt = new Date(Math.max(System.currentTimeMillis(), runStart.getTime()));
        Map<Segment, Integer> sizes = new EnumMap<Segment, Integer>(Segment.class);
        List<ScoredCustomer> scored = run.getCustomers();
        for (int from = 0; from < scored.size(); from += CHUNK) {
            List<ScoredCustomer> chunk = scored.subList(from, Math.min(scored.size(), from + CHUNK));
            List<Long> ids = new ArrayList<Long>(chunk.size());
            for (ScoredCustomer customer : chunk) {
                ids.add(customer.getAggregate().getCustomerId());
            }
            Map<Long, CustomerSegment> existing = dao.readByCustomers(ids);
            for (ScoredCustomer customer : chunk) {
                CustomerSegment row = existing.get(customer.getAggregate().getCustomerId());
                if (row == null) {
                    row = dao.create();
                    write(row, customer, null, computedAt);
                    dao.persist(row);
                } else {
                    write(row, customer, row.getLastOrderId(), computedAt);
                }
                Integer size = sizes.get(customer.getSegment());
                sizes.put(customer.getSegment(), size == null ? 1 : size + 1);
            }
            dao.flushAndClear();
        }
        // Rows this run did not write and no checkout touched since it started: no submitted order left.
        int removed = dao.deleteComputedBefore(runStart);
        storeCutPoints(run, computedAt);
        FullRunSummary summary = new FullRunSummary(false, scored.size(), removed, sizes, run.getCutPoints());
        LOG.info("RFM recompute: " + summary);
        return summary;
    }

    @Override
    @Transactional("blTransactionManager")
    public void recordCompletedOrder(Order order) {
        Customer customer = order.getCustomer();
        if (order.getId() == null || customer == null || customer.getId() == null || !customer.isRegistered()) {
            return;
        }
        Long customerId = customer.getId();
        BigDecimal amount = order.getSubTotal() == null ? BigDecimal.ZERO : order.getSubTotal().getAmount();
        long orderedAt = order.getSubmitDate() == null ? SystemTime.asMillis() : order.getSubmitDate().getTime();

        CheckoutSnapshot snapshot = dao.readForCheckout(customerId); // statement 1
        if (order.getId().equals(snapshot.getLastOrderId())) {
            return; // this order is already counted
        }
        CustomerAggregate after = snapshot.getAggregate() == null
                ? CustomerAggregate.firstOrder(customerId, orderedAt, amount)
                : snapshot.getAggregate().plusOrder(orderedAt, amount);
        RfmCutPoints cutPoints = snapshot.getCutPoints();
        ScoredCustomer scored = cutPoints == null ? null
                : scoring().scoreOne(after, cutPoints, epochDay(orderedAt), false);
        Date now = new Date();
        if (snapshot.getAggregate() == null) {
            CustomerSegment row = dao.create();
            row.setCustomerId(customerId);
            write(row, after, scored, order.getId(), now);
            dao.persist(row); // statement 2: the INSERT at commit (the id comes from the id table, uncounted)
        } else {
            dao.addOrder(customerId, order.getId(), amount, new Date(after.getFirstOrderMillis()), // statement 2
                    new Date(after.getLastOrderMillis()),
                    scored == null ? null : scored.getScore().getRecency(),
                    scored == null ? null : scored.getScore().getFrequency(),
                    scored == null ? null : scored.getScore().getMonetary(),
                    scored == null ? null : scored.getSegment().name(),
                    scored == null ? null : scored.getPhase().name(), now);
        }
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public CustomerSegmentView viewOf(Long customerId) {
        CustomerSegment row = customerId == null ? null : dao.readByCustomer(customerId);
        return row == null ? null : new CustomerSegmentView(row);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public String segmentOf(Long customerId) {
        CustomerSegment row = customerId == null ? null : dao.readByCustomer(customerId);
        return row == null || row.getSegment() == null ? null : Segment.valueOf(row.getSegment()).getDisplayName();
    }

    /** Refuses an unknown segment name with the list of known ones. */
    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<Long> customersIn(String segmentName) {
        return dao.readCustomerIdsInSegment(Segment.named(segmentName).name());
    }

    private static void write(CustomerSegment row, ScoredCustomer customer, Long lastOrderId, Date computedAt) {
        row.setCustomerId(customer.getAggregate().getCustomerId());
        write(row, customer.getAggregate(), customer, lastOrderId, computedAt);
    }

    private static void write(CustomerSegment row, CustomerAggregate aggregate, ScoredCustomer scored,
            Long lastOrderId, Date computedAt) {
        row.setFirstOrderDate(new Date(aggregate.getFirstOrderMillis()));
        row.setLastOrderDate(new Date(aggregate.getLastOrderMillis()));
        row.setOrderCount(aggregate.getOrderCount());
        row.setMonetary(aggregate.getMonetary());
        row.setRecencyScore(scored == null ? null : scored.getScore().getRecency());
        row.setFrequencyScore(scored == null ? null : scored.getScore().getFrequency());
        row.setMonetaryScore(scored == null ? null : scored.getScore().getMonetary());
        row.setSegment(scored == null ? null : scored.getSegment().name());
        row.setLifecyclePhase(scored == null ? null : scored.getPhase().name());
        row.setLastOrderId(lastOrderId);
        row.setComputedAt(computedAt);
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
}
