package com.broadleafloyalty.redemption.service;

import com.broadleafloyalty.redemption.domain.RedemptionImpl;
import com.broadleafloyalty.support.privacy.PersonalData;
import com.broadleafloyalty.support.privacy.PersonalRecords;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The customer's points and reward redemptions. They hold amounts and ids only (no free text): an erasure keeps
 * them, as the ledger entries they explain.
 */
public class RedemptionPersonalData implements PersonalData {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public String section() {
        return "redemptions";
    }

    @Override
    public Object export(Long customerId) {
        List<Map<String, Object>> redemptions = new ArrayList<Map<String, Object>>();
        for (RedemptionImpl redemption : em.createQuery("SELECT r FROM " + RedemptionImpl.class.getName()
                + " r WHERE r.customerId = :id ORDER BY r.id", RedemptionImpl.class).setParameter("id", customerId)
                .getResultList()) {
            redemptions.add(PersonalRecords.record("kind", redemption.getKind(), "orderId", redemption.getOrderId(),
                    "points", redemption.getPoints(), "amount", redemption.getAmount(),
                    "rewardItemId", redemption.getRewardItemId(), "status", redemption.getStatus(),
                    "createdDate", redemption.getCreatedDate()));
        }
        return redemptions;
    }

    @Override
    public long erase(Long customerId) {
        return 0;
    }
}
