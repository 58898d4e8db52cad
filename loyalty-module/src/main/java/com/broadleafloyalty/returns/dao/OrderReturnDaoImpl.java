package com.broadleafloyalty.returns.dao;

import com.broadleafloyalty.returns.domain.OrderReturn;
import com.broadleafloyalty.returns.domain.OrderReturnImpl;
import com.broadleafloyalty.returns.domain.OrderReturnLine;
import com.broadleafloyalty.returns.domain.OrderReturnLineImpl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class OrderReturnDaoImpl implements OrderReturnDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public OrderReturn read(Long orderId, String reference) {
        List<OrderReturn> found = em.createQuery("SELECT r FROM " + OrderReturnImpl.class.getName()
                + " r WHERE r.orderId = :orderId AND r.reference = :reference", OrderReturn.class)
                .setParameter("orderId", orderId).setParameter("reference", reference).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public OrderReturn save(OrderReturn orderReturn, Map<Long, Integer> quantitiesByOrderItemId) {
        em.persist(orderReturn);
        em.flush();
        for (Map.Entry<Long, Integer> entry : quantitiesByOrderItemId.entrySet()) {
            OrderReturnLine line = new OrderReturnLineImpl();
            line.setOrderReturnId(orderReturn.getId());
            line.setOrderItemId(entry.getKey());
            line.setQuantity(entry.getValue());
            em.persist(line);
        }
        return orderReturn;
    }

    @Override
    public Map<Long, Integer> returnedQuantities(Long orderId) {
        Map<Long, Integer> returned = new HashMap<Long, Integer>();
        for (Object[] row : em.createQuery("SELECT l.orderItemId, SUM(l.quantity) FROM "
                + OrderReturnLineImpl.class.getName() + " l, " + OrderReturnImpl.class.getName()
                + " r WHERE l.orderReturnId = r.id AND r.orderId = :orderId GROUP BY l.orderItemId", Object[].class)
                .setParameter("orderId", orderId).getResultList()) {
            returned.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return returned;
    }

    @Override
    public Map<Long, Integer> returnedQuantitiesOfAllOrders() {
        Map<Long, Integer> returned = new HashMap<Long, Integer>();
        for (Object[] row : em.createQuery("SELECT l.orderItemId, SUM(l.quantity) FROM "
                + OrderReturnLineImpl.class.getName() + " l GROUP BY l.orderItemId", Object[].class).getResultList()) {
            returned.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return returned;
    }
}
