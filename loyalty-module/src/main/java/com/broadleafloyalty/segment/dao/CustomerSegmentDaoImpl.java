package com.broadleafloyalty.segment.dao;

import com.broadleafloyalty.segment.core.CustomerAggregate;
import com.broadleafloyalty.segment.core.QuintileCutPoints;
import com.broadleafloyalty.segment.core.RfmCutPoints;
import com.broadleafloyalty.segment.domain.SegmentCutPoints;
import com.broadleafloyalty.segment.domain.SegmentCutPointsImpl;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.core.order.service.type.OrderStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;

public class CustomerSegmentDaoImpl implements CustomerSegmentDao {

    private static final Log LOG = LogFactory.getLog(CustomerSegmentDaoImpl.class);
    private static final String CUTS = SegmentCutPointsImpl.class.getName();

    /**
     * The one read of a segment lookup. The one-row derived table keeps a row coming back when the cut points or
     * the customer's account are missing (H2 and PostgreSQL both accept a SELECT without FROM inside it).
     */
    private static final String TALLY_READ = "SELECT c.R_CUT_1, c.R_CUT_2, c.R_CUT_3, c.R_CUT_4,"
            + " c.F_CUT_1, c.F_CUT_2, c.F_CUT_3, c.F_CUT_4, c.M_CUT_1, c.M_CUT_2, c.M_CUT_3, c.M_CUT_4,"
            + " a.ORDER_COUNT, a.ORDER_SPEND, a.FIRST_ORDER_DATE, a.LAST_ORDER_DATE, c.COMPUTED_AT"
            + " FROM (SELECT 1 AS ONE_ROW) d"
            + " LEFT JOIN " + SegmentCutPointsImpl.TABLE + " c ON c.CUT_POINTS_ID = " + SegmentCutPoints.SINGLE_ROW_ID
            + " LEFT JOIN LOY_ACCOUNT a ON a.CUSTOMER_ID = :customerId AND a.ORDER_COUNT > 0";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<CustomerAggregate> readOrderAggregates() {
        return aggregates(em.createQuery("SELECT c.id, COUNT(o.id), MIN(o.submitDate), MAX(o.submitDate),"
                + " SUM(o.subTotal) FROM " + OrderImpl.class.getName() + " o JOIN o.customer c"
                + " WHERE o.status = :status AND c.registered = true GROUP BY c.id", Object[].class)
                .setParameter("status", OrderStatus.SUBMITTED.getType())
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList());
    }

    @Override
    public List<CustomerAggregate> readOrderAggregatesBefore(Date at) {
        return aggregates(em.createQuery("SELECT c.id, COUNT(o.id), MIN(o.submitDate), MAX(o.submitDate),"
                + " SUM(o.subTotal) FROM " + OrderImpl.class.getName() + " o JOIN o.customer c"
                + " WHERE o.status = :status AND c.registered = true AND o.submitDate < :at GROUP BY c.id",
                Object[].class)
                .setParameter("status", OrderStatus.SUBMITTED.getType())
                .setParameter("at", at)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList());
    }

    private static List<CustomerAggregate> aggregates(List<Object[]> rows) {
        List<CustomerAggregate> aggregates = new ArrayList<CustomerAggregate>(rows.size());
        for (Object[] row : rows) {
            Date first = (Date) row[2];
            Date last = (Date) row[3];
            if (first == null || last == null) {
                LOG.warn("Customer " + row[0] + " has submitted orders without a submit date; not scored");
                continue;
            }
            aggregates.add(new CustomerAggregate((Long) row[0], first.getTime(), last.getTime(),
                    ((Number) row[1]).longValue(), row[4] == null ? BigDecimal.ZERO : (BigDecimal) row[4]));
        }
        return aggregates;
    }

    @Override
    public void createCutPointsIfMissing() {
        if (em.find(SegmentCutPointsImpl.class, SegmentCutPoints.SINGLE_ROW_ID) == null) {
            SegmentCutPoints created = new SegmentCutPointsImpl();
            created.setId(SegmentCutPoints.SINGLE_ROW_ID);
            created.setCustomers(0);
            em.persist(created);
            em.flush();
        }
    }

    @Override
    public boolean claimFullRun(Date waitingSince) {
        // Lock by writing (as the ledger does): a second node waits here, then sees the first node's computedAt.
        int claimed = em.createQuery("UPDATE " + CUTS + " c SET c.runStartedAt = :now WHERE c.id = :id"
                + " AND (c.computedAt IS NULL OR c.computedAt < :waitingSince)")
                .setParameter("now", new Date())
                .setParameter("id", SegmentCutPoints.SINGLE_ROW_ID)
                .setParameter("waitingSince", waitingSince)
                .executeUpdate();
        return claimed == 1;
    }

    @Override
    public SegmentCutPoints readCutPoints() {
        SegmentCutPoints cuts = em.find(SegmentCutPointsImpl.class, SegmentCutPoints.SINGLE_ROW_ID);
        if (cuts != null) {
            em.refresh(cuts);
        }
        return cuts;
    }

    @Override
    public TallySnapshot readTally(Long customerId) {
        Object[] row = (Object[]) em.createNativeQuery(TALLY_READ).setParameter("customerId", customerId)
                .setFlushMode(FlushModeType.COMMIT).getSingleResult();
        // A full run has stored cut points (a null cut: no customer scored that high).
        RfmCutPoints cutPoints = row[16] == null ? null : cutPoints(Arrays.copyOfRange(row, 0, 12));
        CustomerAggregate tally = null;
        if (row[12] != null && row[14] != null && row[15] != null) {
            tally = CustomerAggregate.stored(customerId, ((Date) row[14]).getTime(), ((Date) row[15]).getTime(),
                    longOf(row[12]), decimalOf(row[13]));
        }
        return new TallySnapshot(tally, cutPoints);
    }

    @Override
    public RfmCutPoints readStoredCutPoints() {
        SegmentCutPoints c = em.find(SegmentCutPointsImpl.class, SegmentCutPoints.SINGLE_ROW_ID);
        if (c == null || c.getComputedAt() == null) {
            return null; // no full run yet
        }
        return cutPoints(new Object[] {c.getRecencyCut1(), c.getRecencyCut2(), c.getRecencyCut3(), c.getRecencyCut4(),
                c.getFrequencyCut1(), c.getFrequencyCut2(), c.getFrequencyCut3(), c.getFrequencyCut4(),
                c.getMonetaryCut1(), c.getMonetaryCut2(), c.getMonetaryCut3(), c.getMonetaryCut4()});
    }

    /** Recency, frequency and monetary cuts, four each, in that order (as the table stores them). */
    private static RfmCutPoints cutPoints(Object[] cuts) {
        return new RfmCutPoints(
                QuintileCutPoints.stored(Arrays.asList(longOf(cuts[0]), longOf(cuts[1]), longOf(cuts[2]), longOf(cuts[3]))),
                QuintileCutPoints.stored(Arrays.asList(longOf(cuts[4]), longOf(cuts[5]), longOf(cuts[6]), longOf(cuts[7]))),
                QuintileCutPoints.stored(Arrays.asList(decimalOf(cuts[8]), decimalOf(cuts[9]), decimalOf(cuts[10]),
                        decimalOf(cuts[11]))));
    }

    private static Long longOf(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static BigDecimal decimalOf(Object value) {
        return value == null || value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal(value.toString());
    }
}
