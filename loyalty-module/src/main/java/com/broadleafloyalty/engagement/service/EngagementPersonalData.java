package com.broadleafloyalty.engagement.service;

import com.broadleafloyalty.engagement.domain.CustomerEngagementImpl;
import com.broadleafloyalty.engagement.domain.EngagementMailImpl;
import com.broadleafloyalty.support.privacy.PersonalData;
import com.broadleafloyalty.support.privacy.PersonalRecords;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The customer's unsubscribed categories, engagement counts and the emails sent to them (category, when sent,
 * opened, clicked). An erasure deletes all of it: none of it feeds a sum the ledger depends on.
 */
public class EngagementPersonalData implements PersonalData {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public String section() {
        return "engagement";
    }

    @Override
    public Object export(Long customerId) {
        CustomerEngagementImpl engagement = em.find(CustomerEngagementImpl.class, customerId);
        List<Map<String, Object>> mails = new ArrayList<Map<String, Object>>();
        for (EngagementMailImpl mail : em.createQuery("SELECT m FROM " + EngagementMailImpl.class.getName()
                + " m WHERE m.customerId = :id ORDER BY m.id", EngagementMailImpl.class).setParameter("id", customerId)
                .getResultList()) {
            mails.add(PersonalRecords.record("category", mail.getCategory(), "sentAt", mail.getSentAt(),
                    "openedAt", mail.getOpenedAt(), "clickedAt", mail.getClickedAt(), "opens", mail.getOpens(),
                    "clicks", mail.getClicks()));
        }
        return PersonalRecords.record("unsubscribed", engagement == null ? null : engagement.getUnsubscribed(),
                "digestOptIn", engagement != null && engagement.isDigestOptIn(),
                "mailsSent", engagement == null ? 0L : engagement.getMailsSent(),
                "opens", engagement == null ? 0L : engagement.getOpens(),
                "clicks", engagement == null ? 0L : engagement.getClicks(),
                "mails", mails);
    }

    @Override
    public long erase(Long customerId) {
        long mails = em.createQuery("DELETE FROM " + EngagementMailImpl.class.getName() + " m WHERE m.customerId = :id")
                .setParameter("id", customerId).executeUpdate();
        return mails + em.createQuery("DELETE FROM " + CustomerEngagementImpl.class.getName()
                + " e WHERE e.customerId = :id").setParameter("id", customerId).executeUpdate();
    }
}
