package com.broadleafloyalty.analytics.dao;

import com.broadleafloyalty.analytics.core.OrderFact;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;

/**
 * Plain SQL over Broadleaf's own order tables. An order's value is its merchandise subtotal (after item discounts)
 * less its order-level adjustments (offers, points and reward discounts): what the ledger earns on, without shipping
 * and tax. Only {@code SUBMITTED} orders count: carts never, cancelled orders no longer.
 */
public class DashboardOrderDaoImpl implements DashboardOrderDao {

    private static final String SUBMITTED = "SUBMITTED";

    private static final String ORDERS = "SELECT o.CUSTOMER_ID, c.IS_REGISTERED, o.SUBMIT_DATE, o.ORDER_SUBTOTAL,"
            + " (SELECT SUM(a.ADJUSTMENT_VALUE) FROM BLC_ORDER_ADJUSTMENT a WHERE a.ORDER_ID = o.ORDER_ID)"
            + " FROM BLC_ORDER o JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID = o.CUSTOMER_ID"
            + " WHERE o.ORDER_STATUS = :submitted AND o.SUBMIT_DATE >= :from AND o.SUBMIT_DATE < :to";

    private static final String FIRST_ORDERS = "SELECT o.CUSTOMER_ID, MIN(o.SUBMIT_DATE) FROM BLC_ORDER o"
            + " JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID = o.CUSTOMER_ID WHERE o.ORDER_STATUS = :submitted"
            + " AND c.IS_REGISTERED = TRUE AND o.SUBMIT_DATE < :before GROUP BY o.CUSTOMER_ID";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<OrderFact> submittedOrders(Date from, Date to) {
        List<Object[]> rows = em.createNativeQuery(ORDERS).setParameter("submitted", SUBMITTED)
                .setParameter("from", from).setParameter("to", to).setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        List<OrderFact> orders = new ArrayList<OrderFact>(rows.size());
        for (Object[] row : rows) {
            boolean registered = Boolean.TRUE.equals(row[1]);
            BigDecimal value = decimal(row[3]).subtract(decimal(row[4]));
            orders.add(new OrderFact(registered ? ((Number) row[0]).longValue() : null, instant(row[2]), value));
        }
        return orders;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<Long, Instant> firstOrders(Date before) {
        List<Object[]> rows = em.createNativeQuery(FIRST_ORDERS).setParameter("submitted", SUBMITTED)
                .setParameter("before", before).setFlushMode(FlushModeType.COMMIT).getResultList();
        Map<Long, Instant> firsts = new HashMap<Long, Instant>(rows.size() * 2);
        for (Object[] row : rows) {
            firsts.put(((Number) row[0]).longValue(), instant(row[1]));
        }
        return firsts;
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp ? ((Timestamp) value).toInstant() : ((Date) value).toInstant();
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal(value.toString());
    }
}
