package com.broadleafloyalty.ledger.dao;

import com.broadleafloyalty.ledger.core.PointsEntryType;
import com.broadleafloyalty.ledger.domain.EarnedBatch;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntry;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntryImpl;
import com.broadleafloyalty.support.persistence.ImmediateInsert;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

public class PointsLedgerDaoImpl implements PointsLedgerDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Override
    public PointsLedgerEntry create() {
        return (PointsLedgerEntry) entityConfiguration.createEntityInstance(PointsLedgerEntry.class.getName());
    }

    @Override
    public PointsLedgerEntry save(PointsLedgerEntry entry) {
        // No flush: the ledger writes an entry only after checking its source under the account lock, and the unique
        // key still refuses a duplicate when the transaction flushes (at the latest at commit), rolling it all back.
        if (entry.getId() == null) {
            em.persist(entry);
            return entry;
        }
        return em.merge(entry);
    }

    @Override
    public void insertEarnedAtOnce(PointsLedgerEntry entry, EarnedBatch batch) {
        ImmediateInsert.run(em, stateless -> {
            stateless.insert(entry);
            batch.setId(entry.getId());
            batch.setLedgerEntryId(entry.getId());
            stateless.insert(batch);
        });
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void delete(PointsLedgerEntry entry) {
        PointsLedgerEntry managed = em.contains(entry) ? entry : em.find(PointsLedgerEntryImpl.class, entry.getId());
        if (managed != null) {
            em.remove(managed);
        }
    }

    @Override
    public PointsLedgerEntry readById(Long id) {
        return em.find(PointsLedgerEntryImpl.class, id);
    }

    @Override
    public List<PointsLedgerEntry> readForCustomer(Long customerId) {
        TypedQuery<PointsLedgerEntry> query = em.createQuery(
                "SELECT e FROM " + PointsLedgerEntry.class.getName() + " e WHERE e.customerId = :customerId"
                        + " ORDER BY e.createdDate DESC, e.id DESC", PointsLedgerEntry.class);
        query.setParameter("customerId", customerId);
        return query.getResultList();
    }

    @Override
    public List<PointsLedgerEntry> readForCustomer(Long customerId, int first, int count) {
        return em.createQuery("SELECT e FROM " + PointsLedgerEntry.class.getName() + " e WHERE e.customerId = :customerId"
                + " ORDER BY e.createdDate DESC, e.id DESC", PointsLedgerEntry.class)
                .setParameter("customerId", customerId)
                .setFirstResult(first)
                .setMaxResults(count)
                .getResultList();
    }

    @Override
    public long countForCustomer(Long customerId) {
        return em.createQuery("SELECT COUNT(e) FROM " + PointsLedgerEntry.class.getName()
                + " e WHERE e.customerId = :customerId", Long.class)
                .setParameter("customerId", customerId)
                .getSingleResult();
    }

    @Override
    public long sumPointsForCustomer(Long customerId) {
        Long sum = em.createQuery("SELECT SUM(e.points) FROM " + PointsLedgerEntry.class.getName()
                + " e WHERE e.customerId = :customerId", Long.class)
                .setParameter("customerId", customerId)
                .getSingleResult();
        return sum == null ? 0L : sum;
    }

    @Override
    public PointsLedgerEntry readBySource(String sourceType, Long sourceId, PointsEntryType entryType) {
        return bySource(sourceType, sourceId, entryType, FlushModeType.AUTO);
    }

    @Override
    public PointsLedgerEntry readBySourceWithoutFlush(String sourceType, Long sourceId, PointsEntryType entryType) {
        return bySource(sourceType, sourceId, entryType, FlushModeType.COMMIT);
    }

    private PointsLedgerEntry bySource(String sourceType, Long sourceId, PointsEntryType entryType,
            FlushModeType flushMode) {
        List<PointsLedgerEntry> found = em.createQuery("SELECT e FROM " + PointsLedgerEntry.class.getName()
                + " e WHERE e.sourceType = :sourceType AND e.sourceId = :sourceId AND e.entryType = :entryType",
                PointsLedgerEntry.class)
                .setParameter("sourceType", sourceType)
                .setParameter("sourceId", sourceId)
                .setParameter("entryType", entryType)
                .setFlushMode(flushMode)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public long sumForOrder(Long orderId, PointsEntryType entryType) {
        Long sum = em.createQuery("SELECT SUM(e.points) FROM " + PointsLedgerEntry.class.getName()
                + " e WHERE e.orderId = :orderId AND e.entryType = :entryType", Long.class)
                .setParameter("orderId", orderId).setParameter("entryType", entryType).getSingleResult();
        return sum == null ? 0L : sum;
    }

    @Override
    public List<Long> readSourceIds(String sourceType, PointsEntryType entryType) {
        return em.createQuery("SELECT e.sourceId FROM " + PointsLedgerEntry.class.getName()
                + " e WHERE e.sourceType = :sourceType AND e.entryType = :entryType", Long.class)
                .setParameter("sourceType", sourceType)
                .setParameter("entryType", entryType)
                .getResultList();
    }

    @Override
    public java.util.Map<Long, Long> sumPointsByCustomer() {
        java.util.Map<Long, Long> sums = new java.util.HashMap<Long, Long>();
        for (Object[] row : em.createQuery("SELECT e.customerId, SUM(e.points) FROM " + PointsLedgerEntry.class.getName()
                + " e GROUP BY e.customerId", Object[].class).getResultList()) {
            sums.put((Long) row[0], (Long) row[1]);
        }
        return sums;
    }

    @Override
    public long sumOrderPointsSince(Long customerId, Date from) {
        Long sum = em.createQuery("SELECT SUM(e.points) FROM " + PointsLedgerEntryImpl.class.getName() + " e"
                + " WHERE e.customerId = :customerId AND e.orderId IS NOT NULL AND e.entryType IN (:types)"
                + " AND e.createdDate >= :from", Long.class)
                .setParameter("customerId", customerId)
                .setParameter("types", Arrays.asList(PointsEntryType.EARN, PointsEntryType.CLAWBACK))
                .setParameter("from", from)
                .getSingleResult();
        return sum == null ? 0L : sum;
    }

    @Override
    @Transactional("blTransactionManager")
    public Long newSourceId() {
        SessionImplementor session = (SessionImplementor) em.unwrap(Session.class);
        return (Long) session.getFactory().getIdentifierGenerator(PointsLedgerEntryImpl.class.getName())
                .generate(session, new PointsLedgerEntryImpl());
    }
}
