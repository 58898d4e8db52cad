package com.broadleafloyalty.feedback.dao;

import com.broadleafloyalty.feedback.domain.OrderFeedback;
import com.broadleafloyalty.feedback.domain.OrderFeedbackImpl;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

public class OrderFeedbackDaoImpl implements OrderFeedbackDao {

    private static final String FEEDBACK = OrderFeedbackImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public OrderFeedback create() {
        return new OrderFeedbackImpl();
    }

    @Override
    public OrderFeedback insert(OrderFeedback feedback) {
        em.persist(feedback);
        em.flush();
        return feedback;
    }

    @Override
    public OrderFeedback readByOrder(Long orderId) {
        List<OrderFeedback> found = em.createQuery("SELECT f FROM " + FEEDBACK + " f WHERE f.orderId = :orderId",
                OrderFeedback.class).setParameter("orderId", orderId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<int[]> readScores(Date from, Date to) {
        TypedQuery<Object[]> query = em.createQuery("SELECT f.nps, f.csat FROM " + FEEDBACK + " f" + range(from, to),
                Object[].class);
        bind(query, from, to);
        List<int[]> scores = new ArrayList<int[]>();
        for (Object[] row : query.getResultList()) {
            scores.add(new int[] {((Number) row[0]).intValue(), ((Number) row[1]).intValue()});
        }
        return scores;
    }

    @Override
    public List<OrderFeedback> readNewest(Date from, Date to, int limit) {
        TypedQuery<OrderFeedback> query = em.createQuery("SELECT f FROM " + FEEDBACK + " f" + range(from, to)
                + " ORDER BY f.createdDate DESC, f.id DESC", OrderFeedback.class);
        bind(query, from, to);
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<Date> readAnswerDates(Long customerId, Date from) {
        return em.createQuery("SELECT f.createdDate FROM " + FEEDBACK + " f WHERE f.customerId = :id"
                + " AND f.createdDate >= :from", Date.class).setParameter("id", customerId)
                .setParameter("from", from).getResultList();
    }

    @Override
    public List<Long> readCustomersAnsweredSince(Date from) {
        return em.createQuery("SELECT DISTINCT f.customerId FROM " + FEEDBACK + " f WHERE f.createdDate >= :from",
                Long.class).setParameter("from", from).getResultList();
    }

    private static String range(Date from, Date to) {
        StringBuilder where = new StringBuilder();
        if (from != null) {
            where.append(" WHERE f.createdDate >= :from");
        }
        if (to != null) {
            where.append(from == null ? " WHERE" : " AND").append(" f.createdDate < :to");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Date from, Date to) {
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
    }
}
