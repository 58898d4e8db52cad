package com.broadleafloyalty.recommend.dao;

import com.broadleafloyalty.recommend.core.PurchasedOrder;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItemImpl;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Reads order lines as plain columns (no entities are loaded), a page at a time, so a rebuild over a large history
 * neither fills the persistence context nor the second-level cache.
 */
public class CompletedOrderDaoImpl implements CompletedOrderDao {

    private static final int PAGE = 5_000;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Map<String, PurchasedOrder> readCompletedOrders(Map<Long, Integer> returned) {
        Map<Long, OrderLines> orders = new LinkedHashMap<Long, OrderLines>();
        for (int first = 0; ; first += PAGE) {
            List<Object[]> rows = em.createQuery("SELECT o.id, c.id, o.submitDate, p.id, i.id, i.quantity FROM "
                    + DiscreteOrderItemImpl.class.getName() + " i JOIN i.order o JOIN o.customer c JOIN i.product p"
                    + " WHERE o.status = :status ORDER BY i.id", Object[].class)
                    .setParameter("status", OrderStatus.SUBMITTED.getType())
                    .setFirstResult(first).setMaxResults(PAGE).getResultList();
            for (Object[] row : rows) {
                Integer returnedQuantity = returned.get((Long) row[4]);
                if (returnedQuantity != null && returnedQuantity >= ((Number) row[5]).intValue()) {
                    continue;
                }
                Long orderId = (Long) row[0];
                OrderLines lines = orders.get(orderId);
                if (lines == null) {
                    lines = new OrderLines(String.valueOf(row[1]), (Date) row[2]);
                    orders.put(orderId, lines);
                }
                lines.productIds.add(String.valueOf(row[3]));
            }
            if (rows.size() < PAGE) {
                break;
            }
        }
        Map<String, PurchasedOrder> completed = new LinkedHashMap<String, PurchasedOrder>(orders.size() * 2);
        for (Map.Entry<Long, OrderLines> order : orders.entrySet()) {
            OrderLines lines = order.getValue();
            completed.put(String.valueOf(order.getKey()), new PurchasedOrder(lines.customerId,
                    lines.submitted == null ? 0L : lines.submitted.getTime(), lines.productIds));
        }
        return completed;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Map<String, String> readProductNames() {
        // One row per product ordered; of the names its lines carry (a renamed product has several), the last in
        // alphabetical order, so every node reads the same.
        List<Object[]> rows = em.createQuery("SELECT p.id, MAX(i.name) FROM " + DiscreteOrderItemImpl.class.getName()
                + " i JOIN i.product p WHERE i.name IS NOT NULL GROUP BY p.id", Object[].class).getResultList();
        Map<String, String> names = new HashMap<String, String>(rows.size() * 2);
        for (Object[] row : rows) {
            names.put(String.valueOf(row[0]), (String) row[1]);
        }
        return names;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Set<String> readProductsBoughtSince(Long customerId, Date since) {
        List<Long> ids = em.createQuery("SELECT DISTINCT p.id FROM " + DiscreteOrderItemImpl.class.getName()
                + " i JOIN i.order o JOIN i.product p WHERE o.customer.id = :customerId AND o.status = :status"
                + " AND o.submitDate >= :since", Long.class)
                .setParameter("customerId", customerId)
                .setParameter("status", OrderStatus.SUBMITTED.getType())
                .setParameter("since", since)
                .getResultList();
        Set<String> products = new LinkedHashSet<String>();
        for (Long id : ids) {
            products.add(String.valueOf(id));
        }
        return products;
    }

    private static final class OrderLines {

        private final String customerId;
        private final Date submitted;
        private final List<String> productIds = new ArrayList<String>();

        OrderLines(String customerId, Date submitted) {
            this.customerId = customerId;
            this.submitted = submitted;
        }
    }
}
