package com.broadleafloyalty.tier.dao;

import com.broadleafloyalty.tier.domain.CustomerTier;
import com.broadleafloyalty.tier.domain.CustomerTierImpl;
import com.broadleafloyalty.tier.domain.Tier;
import com.broadleafloyalty.tier.domain.TierChange;
import com.broadleafloyalty.tier.domain.TierChangeImpl;
import com.broadleafloyalty.tier.domain.TierImpl;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;

public class TierDaoImpl implements TierDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<Tier> readAllTiers() {
        return em.createQuery("SELECT t FROM " + TierImpl.class.getName() + " t ORDER BY t.pointsThreshold", Tier.class)
                .setFlushMode(FlushModeType.COMMIT) // the admin validates a tier before saving it: do not flush it
                .getResultList();
    }

    @Override
    public void replaceTiers(List<Tier> tiers) {
        em.createQuery("DELETE FROM " + TierImpl.class.getName()).executeUpdate();
        for (Tier tier : tiers) {
            em.persist(tier);
        }
        em.flush();
    }

    @Override
    public CustomerTier readCustomerTier(Long customerId) {
        return em.find(CustomerTierImpl.class, customerId);
    }

    @Override
    public CustomerTier createCustomerTier(Long customerId) {
        CustomerTierImpl state = new CustomerTierImpl();
        state.setCustomerId(customerId);
        em.persist(state);
        return state;
    }

    @Override
    public TierChange createChange() {
        return new TierChangeImpl();
    }

    @Override
    public void saveChange(TierChange change) {
        em.persist(change);
    }

    @Override
    public TierChange readChange(Long customerId, String changeKey) {
        List<TierChange> found = em.createQuery("SELECT c FROM " + TierChangeImpl.class.getName() + " c"
                + " WHERE c.customerId = :customerId AND c.changeKey = :changeKey", TierChange.class)
                .setParameter("customerId", customerId).setParameter("changeKey", changeKey).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public void deleteChange(TierChange change) {
        em.remove(change);
    }

    @Override
    public List<TierChange> readChanges(Long customerId) {
        return em.createQuery("SELECT c FROM " + TierChangeImpl.class.getName() + " c WHERE c.customerId = :customerId"
                + " ORDER BY c.changeDate DESC, c.id DESC", TierChange.class)
                .setParameter("customerId", customerId).getResultList();
    }

    @Override
    public List<Long> readSubmittedOrderIds(Long customerId, Date from) {
        return em.createQuery("SELECT o.id FROM " + OrderImpl.class.getName() + " o"
                + " WHERE o.customer.id = :customerId AND o.status = :status AND o.submitDate >= :from ORDER BY o.id",
                Long.class)
                .setParameter("customerId", customerId)
                .setParameter("status", OrderStatus.SUBMITTED.getType())
                .setParameter("from", from)
                .getResultList();
    }

    @Override
    public List<Long> readRegisteredCustomerIds(Long afterId, int limit) {
        return em.createQuery("SELECT c.id FROM " + CustomerImpl.class.getName() + " c WHERE c.registered = true"
                + " AND c.id > :afterId ORDER BY c.id", Long.class)
                .setParameter("afterId", afterId == null ? Long.MIN_VALUE : afterId)
                .setMaxResults(limit)
                .getResultList();
    }
}
