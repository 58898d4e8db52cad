package com.broadleafloyalty.segment.dao;

import com.broadleafloyalty.core.segment.CustomerAggregate;
import com.broadleafloyalty.core.segment.QuintileCutPoints;
import com.broadleafloyalty.core.segment.RfmCutPoints;
import com.broadleafloyalty.segment.domain.CustomerSegment;
import com.broadleafloyalty.segment.domain.CustomerSegmentImpl;
import com.broadleafloyalty.segment.domain.SegmentCutPoints;
import com.broadleafloyalty.segment.domain.SegmentCutPointsImpl;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.core.order.service.type.OrderStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;

public class CustomerSegmentDaoImpl implements CustomerSegmentDao {

    private static final Log LOG = LogFactory.getLog(CustomerSegmentDaoImpl.class);
    private static final String ROW = CustomerSegmentImpl.class.getName();
    private static final String CUTS = SegmentCutPointsImpl.class.getName();

    /**
     * The checkout's one read. The one-row derived table keeps a row coming back when the cut points or the
     * customer's row are missing (H2 and PostgreSQL both accept a SELECT without FROM inside it).
     */
    private static final String CHECKOUT_READ = "SELECT c.R_CUT_1, c.R_CUT_2, c.R_CUT_3, c.R_CUT_4,"
            + " c.F_CUT_1, c.F_CUT_2, c.F_CUT_3, c.F_CUT_4, c.M_CUT_1, c.M_CUT_2, c.M_CUT_3, c.M_CUT_4,"
            + " s.ORDER_COUNT, s.MONETARY, s.FIRST_ORDER_DATE, s.LAST_ORDER_DATE, s.LAST_ORDER_ID,"
            + " c.COMPUTED_AT"
            + " FROM (SELECT 1 AS ONE_ROW) d"
            + " LEFT JOIN " + SegmentCutPointsImpl.TABLE + " c ON c.CUT_POINTS_ID = " + SegmentCutPoints.SINGLE_ROW_ID
            + " LEFT JOIN " + CustomerSegmentImpl.TABLE + " s ON s.CUSTOMER_ID = :customerId";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<CustomerAggregate> readOrderAggregates() {
        List<Object[]> rows = em.createQuery("SELECT c.id, COUNT(o.id), MIN(o.submitDate), MAX(o.submitDate),"
                + " SUM(o.subTotal) FROM " + OrderImpl.class.getName() + " o JOIN o.customer c"
                + " WHERE o.status = :status AND c.registered = true GROUP BY c.id", Object[].class)
                .setParameter("status", OrderStatus.SUBMITTED.getType())
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
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
    public boolean claimFullRun(Date waitingSince) {
        if (em.find(SegmentCutPointsImpl.class, SegmentCutPoints.SINGLE_ROW_ID) == null) {
            SegmentCutPoints created = new SegmentCutPointsImpl();
            created.setId(SegmentCutPoints.SINGLE_ROW_ID);
            created.setCustomers(0);
            em.persist(created);
            em.flush();
        }
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
    public Map<Long, CustomerSegment> readByCustomers(Collection<Long> customerIds) {
        Map<Long, CustomerSegment> rows = new HashMap<Long, CustomerSegment>();
        if (customerIds.isEmpty()) {
            return rows;
        }
        for (CustomerSegment row : em.createQuery("SELECT s FROM " + ROW + " s WHERE s.customerId IN :ids",
                CustomerSegment.class).setParameter("ids", customerIds).getResultList()) {
            rows.put(row.getCustomerId(), row);
        }
        return rows;
    }

    @Override
    public CustomerSegment create() {
        return new CustomerSegmentImpl();
    }

    @Override
    public void persist(CustomerSegment row) {
        em.persist(row);
    }

    @Override
    public void flushAndClear() {
        em.flush();
        em.clear();
    }

    @Override
    public int deleteComputedBefore(Date computedAt) {
        return em.createQuery("DELETE FROM " + ROW + " s WHERE s.computedAt < :computedAt")
                .setParameter("computedAt", computedAt).executeUpdate();
    }

    @Override
    public CustomerSegment readByCustomer(Long customerId) {
        List<CustomerSegment> rows = em.createQuery("SELECT s FROM " + ROW + " s WHERE s.customerId = :customerId",
                CustomerSegment.class).setParameter("customerId", customerId)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Override
    public List<Long> readCustomerIdsInSegment(String segment) {
        return em.createQuery("SELECT s.customerId FROM " + ROW + " s WHERE s.segment = :segment"
                + " ORDER BY s.customerId", Long.class).setParameter("segment", segment)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
    }

    @Override
    public CheckoutSnapshot readForCheckout(Long customerId) {
        Object[] row = (Object[]) em.createNativeQuery(CHECKOUT_READ).setParameter("customerId", customerId)
                .setFlushMode(FlushModeType.COMMIT).getSingleResult();
        RfmCutPoints cutPoints = null;
        if (row[17] != null) { // a full run has stored cut points (a null cut: no customer scored that high)
            cutPoints = new RfmCutPoints(
                    QuintileCutPoints.stored(Arrays.asList(longOf(row[0]), longOf(row[1]), longOf(row[2]), longOf(row[3]))),
                    QuintileCutPoints.stored(Arrays.asList(longOf(row[4]), longOf(row[5]), longOf(row[6]), longOf(row[7]))),
                    QuintileCutPoints.stored(Arrays.asList(decimalOf(row[8]), decimalOf(row[9]), decimalOf(row[10]),
                            decimalOf(row[11]))));
        }
        CustomerAggregate aggregate = null;
        Long lastOrderId = null;
        if (row[12] != null) {
            aggregate = new CustomerAggregate(customerId, ((Date) row[14]).getTime(), ((Date) row[15]).getTime(),
                    longOf(row[12]), decimalOf(row[13]));
            lastOrderId = row[16] == null ? null : longOf(row[16]);
        }
        return new CheckoutSnapshot(cutPoints, aggregate, lastOrderId);
    }

    @Override
    public int addOrder(Long customerId, Long orderId, BigDecimal amount, Date firstOrder, Date lastOrder,
            Integer r, Integer f, Integer m, String segment, String phase, Date computedAt) {
        // Counts and money are added in the statement, so two checkouts of one customer never lose an order.
        // Before the first full run there are no scores to store (null parameters are avoided: PostgreSQL cannot
        // type them).
        boolean scored = r != null;
        javax.persistence.Query update = em.createQuery("UPDATE " + ROW + " s SET s.orderCount = s.orderCount + 1,"
                + " s.monetary = s.monetary + :amount, s.firstOrderDate = :firstOrder, s.lastOrderDate = :lastOrder,"
                + (scored ? " s.recencyScore = :r, s.frequencyScore = :f, s.monetaryScore = :m, s.segment = :segment,"
                        + " s.lifecyclePhase = :phase," : "")
                + " s.lastOrderId = :orderId, s.computedAt = :computedAt"
                + " WHERE s.customerId = :customerId AND (s.lastOrderId IS NULL OR s.lastOrderId <> :orderId)")
                .setParameter("amount", amount).setParameter("firstOrder", firstOrder)
                .setParameter("lastOrder", lastOrder).setParameter("orderId", orderId)
                .setParameter("computedAt", computedAt).setParameter("customerId", customerId)
                .setFlushMode(FlushModeType.COMMIT);
        if (scored) {
            update.setParameter("r", r).setParameter("f", f).setParameter("m", m).setParameter("segment", segment)
                    .setParameter("phase", phase);
        }
        return update.executeUpdate();
    }

    private static Long longOf(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static BigDecimal decimalOf(Object value) {
        return value == null || value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal(value.toString());
    }
}
