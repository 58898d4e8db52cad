package com.broadleafloyalty.challenge.service;

import com.broadleafloyalty.challenge.domain.ChallengeCompletionImpl;
import com.broadleafloyalty.support.privacy.PersonalData;
import com.broadleafloyalty.support.privacy.PersonalRecords;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The customer's completed challenges (badges). An erasure unlinks them from the customer's orders but keeps the rows:
 * the row is what stops a challenge from being granted (and its bonus credited) a second time, and like the ledger's
 * entries it holds only ids and a date.
 */
public class ChallengePersonalData implements PersonalData {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public String section() {
        return "challenges";
    }

    @Override
    public Object export(Long customerId) {
        List<Map<String, Object>> badges = new ArrayList<Map<String, Object>>();
        for (ChallengeCompletionImpl completion : em.createQuery("SELECT c FROM "
                + ChallengeCompletionImpl.class.getName() + " c WHERE c.customerId = :id ORDER BY c.id",
                ChallengeCompletionImpl.class).setParameter("id", customerId).getResultList()) {
            badges.add(PersonalRecords.record("challengeId", completion.getChallengeId(), "completedAt",
                    completion.getCompletedAt(), "orderId", completion.getOrderId(), "ledgerEntryId",
                    completion.getLedgerEntryId()));
        }
        return badges;
    }

    @Override
    public long erase(Long customerId) {
        return em.createQuery("UPDATE " + ChallengeCompletionImpl.class.getName() + " c SET c.orderId = NULL"
                + " WHERE c.customerId = :id AND c.orderId IS NOT NULL").setParameter("id", customerId).executeUpdate();
    }
}
