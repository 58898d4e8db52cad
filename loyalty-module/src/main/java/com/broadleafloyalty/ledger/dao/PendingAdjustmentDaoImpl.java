package com.broadleafloyalty.ledger.dao;

import com.broadleafloyalty.audit.core.ApprovalStatus;
import com.broadleafloyalty.ledger.domain.PendingAdjustment;
import com.broadleafloyalty.ledger.domain.PendingAdjustmentImpl;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

public class PendingAdjustmentDaoImpl implements PendingAdjustmentDao {

    private static final String PENDING = PendingAdjustmentImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public PendingAdjustment insert(PendingAdjustment adjustment) {
        em.persist(adjustment);
        em.flush();
        return adjustment;
    }

    @Override
    public PendingAdjustment readFresh(Long id) {
        PendingAdjustment found = id == null ? null : em.find(PendingAdjustmentImpl.class, id);
        if (found != null) {
            em.refresh(found);
        }
        return found;
    }

    @Override
    public List<PendingAdjustment> readPending(Long customerId, int limit) {
        TypedQuery<PendingAdjustment> query = em.createQuery("SELECT p FROM " + PENDING + " p WHERE p.status = :status"
                + (customerId == null ? "" : " AND p.customerId = :customerId")
                + " ORDER BY p.requestedAt, p.id", PendingAdjustment.class)
                .setParameter("status", ApprovalStatus.PENDING.name());
        if (customerId != null) {
            query.setParameter("customerId", customerId);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
