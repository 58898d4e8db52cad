package com.broadleafloyalty.challenge.dao;

import com.broadleafloyalty.challenge.domain.Challenge;
import com.broadleafloyalty.challenge.domain.ChallengeCompletion;
import com.broadleafloyalty.challenge.domain.ChallengeCompletionImpl;
import com.broadleafloyalty.challenge.domain.ChallengeImpl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;

public class ChallengeDaoImpl implements ChallengeDao {

    private static final String CHALLENGE = ChallengeImpl.class.getName();
    private static final String COMPLETION = ChallengeCompletionImpl.class.getName();

    /** An item's category: the one it was added from, else its product's default category. */
    private static final String ORDER_LINES = "SELECT o.ORDER_ID, o.SUBMIT_DATE,"
            + " COALESCE(oi.CATEGORY_ID, p.DEFAULT_CATEGORY_ID), COALESCE(oi.PRICE, 0) * COALESCE(oi.QUANTITY, 0)"
            + " FROM BLC_ORDER o LEFT JOIN BLC_ORDER_ITEM oi ON oi.ORDER_ID = o.ORDER_ID"
            + " LEFT JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = oi.ORDER_ITEM_ID"
            + " LEFT JOIN BLC_PRODUCT p ON p.PRODUCT_ID = d.PRODUCT_ID"
            + " WHERE o.CUSTOMER_ID = :customer AND o.ORDER_STATUS = :submitted AND o.SUBMIT_DATE >= :from"
            + " AND o.ORDER_ID <> :except";

    private static final String CUSTOMERS = "SELECT DISTINCT o.CUSTOMER_ID FROM BLC_ORDER o"
            + " JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID = o.CUSTOMER_ID"
            + " WHERE o.ORDER_STATUS = :submitted AND o.SUBMIT_DATE >= :from AND c.IS_REGISTERED = TRUE";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public Challenge create() {
        return new ChallengeImpl();
    }

    @Override
    public Challenge save(Challenge challenge) {
        if (challenge.getId() == null) {
            em.persist(challenge);
            return challenge;
        }
        return em.merge(challenge);
    }

    @Override
    public Challenge readById(Long id) {
        return id == null ? null : em.find(ChallengeImpl.class, id);
    }

    @Override
    public List<Challenge> readAll() {
        return em.createQuery("SELECT c FROM " + CHALLENGE + " c ORDER BY c.active DESC, c.id DESC", Challenge.class)
                .getResultList();
    }

    @Override
    public List<Challenge> readActive() {
        return em.createQuery("SELECT c FROM " + CHALLENGE + " c WHERE c.active = TRUE ORDER BY c.id",
                Challenge.class).getResultList();
    }

    @Override
    public List<Long> readCompletedChallengeIds(Long customerId) {
        return em.createQuery("SELECT c.challengeId FROM " + COMPLETION + " c WHERE c.customerId = :id", Long.class)
                .setParameter("id", customerId).setFlushMode(FlushModeType.COMMIT).getResultList();
    }

    @Override
    public List<ChallengeCompletion> readCompletions(Long customerId) {
        return em.createQuery("SELECT c FROM " + COMPLETION + " c WHERE c.customerId = :id"
                + " ORDER BY c.completedAt DESC, c.id DESC", ChallengeCompletion.class)
                .setParameter("id", customerId).getResultList();
    }

    @Override
    public Map<Long, Long> countCompletions() {
        Map<Long, Long> counts = new HashMap<Long, Long>();
        for (Object[] row : em.createQuery("SELECT c.challengeId, COUNT(c) FROM " + COMPLETION + " c"
                + " GROUP BY c.challengeId", Object[].class).getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public ChallengeCompletion insertCompletion(ChallengeCompletion completion) {
        em.persist(completion);
        em.flush();
        return completion;
    }

    @Override
    public ChallengeCompletion readCompletion(Long completionId) {
        return em.find(ChallengeCompletionImpl.class, completionId);
    }

    @Override
    public void deleteCompletion(Long completionId) {
        ChallengeCompletionImpl completion = em.find(ChallengeCompletionImpl.class, completionId);
        if (completion != null) {
            em.remove(completion);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<OrderLine> readOrderLines(Long customerId, Date from, Long exceptOrderId) {
        List<Object[]> rows = em.createNativeQuery(ORDER_LINES).setParameter("customer", customerId)
                .setParameter("submitted", "SUBMITTED").setParameter("from", from)
                .setParameter("except", exceptOrderId == null ? Long.valueOf(Long.MIN_VALUE) : exceptOrderId)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        List<OrderLine> lines = new ArrayList<OrderLine>(rows.size());
        for (Object[] row : rows) {
            lines.add(new OrderLine(((Number) row[0]).longValue(), new Date(((Date) row[1]).getTime()),
                    row[2] == null ? null : Long.valueOf(((Number) row[2]).longValue()), decimal(row[3])));
        }
        return lines;
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean isSubmitted(Long orderId) {
        List<Object> rows = em.createNativeQuery("SELECT o.ORDER_STATUS FROM BLC_ORDER o WHERE o.ORDER_ID = :id")
                .setParameter("id", orderId).setFlushMode(FlushModeType.COMMIT).getResultList();
        return !rows.isEmpty() && "SUBMITTED".equals(String.valueOf(rows.get(0)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> readCustomersWithOrdersSince(Date from) {
        List<Object> rows = em.createNativeQuery(CUSTOMERS).setParameter("submitted", "SUBMITTED")
                .setParameter("from", from).setFlushMode(FlushModeType.COMMIT).getResultList();
        List<Long> ids = new ArrayList<Long>(rows.size());
        for (Object row : rows) {
            ids.add(((Number) row).longValue());
        }
        return ids;
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal(value.toString());
    }
}
