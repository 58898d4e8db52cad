package com.broadleafloyalty.campaign.service;

import com.broadleafloyalty.campaign.domain.CampaignRecipientImpl;
import com.broadleafloyalty.support.privacy.PersonalData;
import com.broadleafloyalty.support.privacy.PersonalRecords;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The campaigns a customer was in (campaign, outcome, when mailed). An erasure deletes those rows: none feeds a sum
 * the ledger depends on (a campaign's bonus is a ledger entry, kept as the ledger keeps it).
 */
public class CampaignPersonalData implements PersonalData {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public String section() {
        return "campaigns";
    }

    @Override
    public Object export(Long customerId) {
        List<Map<String, Object>> rows = new ArrayList<Map<String, Object>>();
        for (CampaignRecipientImpl recipient : em.createQuery("SELECT r FROM " + CampaignRecipientImpl.class.getName()
                + " r WHERE r.customerId = :id ORDER BY r.id", CampaignRecipientImpl.class)
                .setParameter("id", customerId).getResultList()) {
            rows.add(PersonalRecords.record("campaignId", recipient.getCampaignId(), "status", recipient.getStatus(),
                    "sentAt", recipient.getSentAt()));
        }
        return rows;
    }

    @Override
    public long erase(Long customerId) {
        return em.createQuery("DELETE FROM " + CampaignRecipientImpl.class.getName() + " r WHERE r.customerId = :id")
                .setParameter("id", customerId).executeUpdate();
    }
}
