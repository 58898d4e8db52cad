package com.broadleafloyalty.feedback.service;

import com.broadleafloyalty.feedback.domain.OrderFeedbackImpl;
import com.broadleafloyalty.support.privacy.PersonalData;
import com.broadleafloyalty.support.privacy.PersonalRecords;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** The customer's NPS/CSAT answers; an erasure removes their comments and keeps the scores (the statistics). */
public class FeedbackPersonalData implements PersonalData {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public String section() {
        return "feedback";
    }

    @Override
    public Object export(Long customerId) {
        List<Map<String, Object>> answers = new ArrayList<Map<String, Object>>();
        for (OrderFeedbackImpl feedback : em.createQuery("SELECT f FROM " + OrderFeedbackImpl.class.getName()
                + " f WHERE f.customerId = :id ORDER BY f.id", OrderFeedbackImpl.class).setParameter("id", customerId)
                .getResultList()) {
            answers.add(PersonalRecords.record("orderNumber", feedback.getOrderNumber(), "nps", feedback.getNps(),
                    "csat", feedback.getCsat(), "comment", feedback.getComment(),
                    "createdDate", feedback.getCreatedDate()));
        }
        return answers;
    }

    @Override
    public long erase(Long customerId) {
        return em.createQuery("UPDATE " + OrderFeedbackImpl.class.getName()
                + " f SET f.comment = NULL WHERE f.customerId = :id AND f.comment IS NOT NULL")
                .setParameter("id", customerId).executeUpdate();
    }
}
