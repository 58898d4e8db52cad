package com.broadleafloyalty.account.dao;

import org.broadleafcommerce.core.order.domain.FulfillmentGroupImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Address;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class CustomerOrdersDaoImpl implements CustomerOrdersDao {

    private static final String ORDER = OrderImpl.class.getName();
    private static final String GROUP = FulfillmentGroupImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public boolean hasOrdered(Long customerId) {
        Long count = em.createQuery("SELECT COUNT(o) FROM " + ORDER + " o WHERE o.customer.id = :id"
                + " AND o.submitDate IS NOT NULL", Long.class).setParameter("id", customerId).getSingleResult();
        return count != null && count > 0;
    }

    @Override
    public Order readFirstOrder(Long customerId) {
        List<Order> orders = em.createQuery("SELECT o FROM " + ORDER + " o WHERE o.customer.id = :id"
                + " AND o.submitDate IS NOT NULL AND o.status <> :cancelled ORDER BY o.submitDate, o.id", Order.class)
                .setParameter("id", customerId).setParameter("cancelled", OrderStatus.CANCELLED.getType())
                .setMaxResults(1).getResultList();
        return orders.isEmpty() ? null : orders.get(0);
    }

    @Override
    public Date readLastPurchaseDate(Long customerId) {
        return em.createQuery("SELECT MAX(o.submitDate) FROM " + ORDER + " o WHERE o.customer.id = :id"
                + " AND o.submitDate IS NOT NULL AND o.status <> :cancelled", Date.class)
                .setParameter("id", customerId).setParameter("cancelled", OrderStatus.CANCELLED.getType())
                .getSingleResult();
    }

    @Override
    public List<Address> readShippingAddresses(Long orderId) {
        return em.createQuery("SELECT g.address FROM " + GROUP + " g WHERE g.order.id = :id AND g.address IS NOT NULL",
                Address.class).setParameter("id", orderId).getResultList();
    }

    @Override
    public List<Address> readShippingAddressesOfCustomer(Long customerId) {
        return em.createQuery("SELECT g.address FROM " + GROUP + " g WHERE g.order.customer.id = :id"
                + " AND g.order.submitDate IS NOT NULL AND g.address IS NOT NULL", Address.class)
                .setParameter("id", customerId).getResultList();
    }
}
