package com.broadleafloyalty.feedback.dao;

import com.broadleafloyalty.feedback.domain.OrderFeedbackImpl;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;

public class FeedbackStatisticsDaoImpl implements FeedbackStatisticsDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<Object[]> readDatedScores(Date from, Date to) {
        return em.createQuery("SELECT f.createdDate, f.nps, f.csat FROM " + OrderFeedbackImpl.class.getName() + " f"
                + " WHERE f.createdDate >= :from AND f.createdDate < :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).setFlushMode(FlushModeType.COMMIT)
                .getResultList();
    }
}
