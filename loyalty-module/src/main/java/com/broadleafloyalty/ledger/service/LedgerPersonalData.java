package com.broadleafloyalty.ledger.service;

import com.broadleafloyalty.ledger.domain.EarnedBatchImpl;
import com.broadleafloyalty.ledger.domain.LoyaltyAccountImpl;
import com.broadleafloyalty.ledger.domain.PointsLedgerEntryImpl;
import com.broadleafloyalty.support.privacy.PersonalData;
import com.broadleafloyalty.support.privacy.PersonalRecords;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The account, every ledger entry and every earned batch. An erasure keeps every amount (the balance, the liability
 * and the verification stay exact) and replaces the entries' free-text reasons, which an admin may have written
 * about the person.
 */
public class LedgerPersonalData implements PersonalData {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public String section() {
        return "ledger";
    }

    @Override
    public Object export(Long customerId) {
        Map<String, Object> ledger = new LinkedHashMap<String, Object>();
        List<LoyaltyAccountImpl> accounts = em.createQuery("SELECT a FROM " + LoyaltyAccountImpl.class.getName()
                + " a WHERE a.customerId = :id", LoyaltyAccountImpl.class).setParameter("id", customerId)
                .getResultList();
        for (LoyaltyAccountImpl account : accounts) {
            ledger.put("account", PersonalRecords.record("balance", account.getBalance(), "debt", account.getDebt(),
                    "orderCount", account.getOrderCount(), "firstOrderDate", account.getFirstOrderDate(),
                    "lastOrderDate", account.getLastOrderDate(), "createdDate", account.getCreatedDate()));
        }
        List<Map<String, Object>> entries = new ArrayList<Map<String, Object>>();
        for (PointsLedgerEntryImpl entry : em.createQuery("SELECT e FROM " + PointsLedgerEntryImpl.class.getName()
                + " e WHERE e.customerId = :id ORDER BY e.id", PointsLedgerEntryImpl.class)
                .setParameter("id", customerId).getResultList()) {
            entries.add(PersonalRecords.record("id", entry.getId(), "type", entry.getEntryType(),
                    "points", entry.getPoints(), "reason", entry.getReason(), "orderId", entry.getOrderId(),
                    "createdDate", entry.getCreatedDate()));
        }
        ledger.put("entries", entries);
        List<Map<String, Object>> batches = new ArrayList<Map<String, Object>>();
        for (EarnedBatchImpl batch : em.createQuery("SELECT b FROM " + EarnedBatchImpl.class.getName()
                + " b WHERE b.customerId = :id ORDER BY b.id", EarnedBatchImpl.class)
                .setParameter("id", customerId).getResultList()) {
            batches.add(PersonalRecords.record("entryId", batch.getLedgerEntryId(), "points", batch.getPoints(),
                    "remaining", batch.getRemaining(), "availableFrom", batch.getAvailableFrom(),
                    "expiresAt", batch.getExpiresAt()));
        }
        ledger.put("batches", batches);
        return ledger;
    }

    @Override
    public long erase(Long customerId) {
        return em.createQuery("UPDATE " + PointsLedgerEntryImpl.class.getName()
                + " e SET e.reason = :erased WHERE e.customerId = :id AND e.reason <> :erased")
                .setParameter("erased", PersonalRecords.ERASED).setParameter("id", customerId).executeUpdate();
    }
}
