package com.broadleafloyalty.ledger.dao;

import com.broadleafloyalty.ledger.domain.BatchDebit;
import com.broadleafloyalty.ledger.domain.BatchDebitImpl;
import com.broadleafloyalty.ledger.domain.EarnedBatch;
import com.broadleafloyalty.ledger.domain.EarnedBatchImpl;
import com.broadleafloyalty.ledger.domain.LoyaltyAccount;
import com.broadleafloyalty.ledger.domain.LoyaltyAccountImpl;
import org.broadleafcommerce.common.time.SystemTime;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class LoyaltyAccountDaoImpl implements LoyaltyAccountDao {

    private static final String BATCH = EarnedBatchImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public LoyaltyAccount readAccount(Long customerId) {
        List<LoyaltyAccount> found = em.createQuery("SELECT a FROM " + LoyaltyAccountImpl.class.getName()
                + " a WHERE a.customerId = :customerId", LoyaltyAccount.class)
                .setParameter("customerId", customerId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public LoyaltyAccount readAccountForUpdate(Long customerId) {
        // Lock by writing: an UPDATE takes the row lock, waits for other writers and always applies to the latest
        // committed row, on PostgreSQL and on H2 alike (H2 1.4's SELECT ... FOR UPDATE can hand a waiter a stale
        // snapshot whose later UPDATE then fails with "concurrent update").
        int locked = em.createQuery("UPDATE " + LoyaltyAccountImpl.class.getName()
                + " a SET a.version = a.version + 1 WHERE a.customerId = :customerId")
                .setParameter("customerId", customerId)
                .executeUpdate();
        if (locked == 0) {
            return null;
        }
        LoyaltyAccount account = readAccount(customerId);
        // The bulk update bypassed this persistence context: read what the lock now protects.
        em.refresh(account);
        return account;
    }

    @Override
    public LoyaltyAccount createAccount(Long customerId) {
        LoyaltyAccount account = new LoyaltyAccountImpl();
        account.setCustomerId(customerId);
        account.setVersion(0);
        account.setCreatedDate(SystemTime.asDate());
        em.persist(account);
        em.flush();
        return account;
    }

    @Override
    public List<LoyaltyAccount> readAllAccounts() {
        return em.createQuery("SELECT a FROM " + LoyaltyAccountImpl.class.getName() + " a ORDER BY a.customerId",
                LoyaltyAccount.class).getResultList();
    }

    @Override
    public EarnedBatch newBatch() {
        return new EarnedBatchImpl();
    }

    @Override
    public EarnedBatch saveBatch(EarnedBatch batch) {
        if (batch.getId() == null) {
            em.persist(batch);
            return batch;
        }
        return em.merge(batch);
    }

    @Override
    public EarnedBatch readBatch(Long batchId) {
        return em.find(EarnedBatchImpl.class, batchId);
    }

    @Override
    public List<EarnedBatch> readOpenBatches(Long customerId) {
        return em.createQuery("SELECT b FROM " + BATCH + " b WHERE b.customerId = :customerId AND b.remaining > 0"
                + " ORDER BY b.id", EarnedBatch.class)
                .setParameter("customerId", customerId).getResultList();
    }

    @Override
    public EarnedBatch readBatchForEntry(Long ledgerEntryId) {
        List<EarnedBatch> found = em.createQuery("SELECT b FROM " + BATCH + " b WHERE b.ledgerEntryId = :entryId",
                EarnedBatch.class).setParameter("entryId", ledgerEntryId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<EarnedBatch> readDueBatches(Date now, int limit) {
        return em.createQuery("SELECT b FROM " + BATCH + " b WHERE b.remaining > 0 AND b.expiresAt <= :now"
                + " ORDER BY b.expiresAt, b.id", EarnedBatch.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public List<EarnedBatch> readBatchesToRemind(Date from, Date until, int limit) {
        return em.createQuery("SELECT b FROM " + BATCH + " b WHERE b.remaining > 0 AND b.reminderSent = false"
                + " AND b.expiresAt >= :from AND b.expiresAt < :until ORDER BY b.customerId, b.expiresAt",
                EarnedBatch.class)
                .setParameter("from", from).setParameter("until", until).setMaxResults(limit).getResultList();
    }

    @Override
    public long sumRemaining(Long customerId) {
        Long sum = em.createQuery("SELECT SUM(b.remaining) FROM " + BATCH + " b WHERE b.customerId = :customerId",
                Long.class).setParameter("customerId", customerId).getSingleResult();
        return sum == null ? 0L : sum;
    }

    @Override
    public BatchDebit saveDebit(Long ledgerEntryId, Long batchId, long points) {
        BatchDebit debit = new BatchDebitImpl();
        debit.setLedgerEntryId(ledgerEntryId);
        debit.setBatchId(batchId);
        debit.setPoints(points);
        em.persist(debit);
        return debit;
    }

    @Override
    public List<BatchDebit> readDebits(Long ledgerEntryId) {
        return em.createQuery("SELECT d FROM " + BatchDebitImpl.class.getName()
                + " d WHERE d.ledgerEntryId = :entryId ORDER BY d.id", BatchDebit.class)
                .setParameter("entryId", ledgerEntryId).getResultList();
    }

    @Override
    public void deleteDebits(Long ledgerEntryId) {
        for (BatchDebit debit : readDebits(ledgerEntryId)) {
            em.remove(debit);
        }
    }

    @Override
    public void deleteBatch(EarnedBatch batch) {
        em.remove(em.contains(batch) ? batch : em.merge(batch));
    }

    @Override
    public boolean markReminded(Long batchId) {
        return em.createQuery("UPDATE " + BATCH + " b SET b.reminderSent = true WHERE b.id = :id AND b.reminderSent = false")
                .setParameter("id", batchId).executeUpdate() == 1;
    }

    @Override
    public void unmarkReminded(Long batchId) {
        em.createQuery("UPDATE " + BATCH + " b SET b.reminderSent = false WHERE b.id = :id")
                .setParameter("id", batchId).executeUpdate();
    }
}
