package com.broadleafloyalty.privacy.dao;

import com.broadleafloyalty.privacy.core.PrivacyRequestKind;
import com.broadleafloyalty.privacy.domain.PrivacyRequest;
import com.broadleafloyalty.privacy.domain.PrivacyRequestImpl;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;

public class PrivacyRequestDaoImpl implements PrivacyRequestDao {

    private static final String REQUEST = PrivacyRequestImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public PrivacyRequest save(PrivacyRequest request) {
        em.persist(request);
        em.flush();
        return request;
    }

    @Override
    public PrivacyRequest readErasure(Long customerId) {
        List<PrivacyRequest> found = em.createQuery("SELECT r FROM " + REQUEST
                + " r WHERE r.requestKey = :key", PrivacyRequest.class)
                .setParameter("key", PrivacyRequestKind.ERASURE.keyFor(customerId, null))
                // Never flushes the caller's pending changes: the question is asked in the middle of their work.
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<PrivacyRequest> readRequests(int max) {
        return em.createQuery("SELECT r FROM " + REQUEST + " r ORDER BY r.requestedAt DESC, r.id DESC",
                PrivacyRequest.class).setMaxResults(max).getResultList();
    }
}
