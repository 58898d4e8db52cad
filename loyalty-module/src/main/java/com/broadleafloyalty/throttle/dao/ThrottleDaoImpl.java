package com.broadleafloyalty.throttle.dao;

import com.broadleafloyalty.support.persistence.DirectStatement;
import com.broadleafloyalty.throttle.domain.ThrottleCounter;
import com.broadleafloyalty.throttle.domain.ThrottleCounterImpl;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;

public class ThrottleDaoImpl implements ThrottleDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public Date lockedUntil(Collection<String> keys, Date now) {
        return em.createQuery("SELECT MAX(c.lockedUntil) FROM " + ThrottleCounterImpl.class.getName()
                + " c WHERE c.key IN (:keys) AND c.lockedUntil > :now", Date.class)
                .setParameter("keys", keys).setParameter("now", now).getSingleResult();
    }

    @Override
    public List<ThrottleCounter> read(Collection<String> keys) {
        return em.createQuery("SELECT c FROM " + ThrottleCounterImpl.class.getName() + " c WHERE c.key IN (:keys)",
                ThrottleCounter.class).setParameter("keys", keys).getResultList();
    }

    @Override
    public ThrottleCounterImpl readForUpdate(String key) {
        return em.find(ThrottleCounterImpl.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void create(ThrottleCounterImpl counter) {
        em.persist(counter);
        em.flush();
    }

    @Override
    public int delete(final String key) {
        return DirectStatement.executeUpdate(em, "DELETE FROM LOY_THROTTLE WHERE THROTTLE_KEY = ?",
                statement -> statement.setString(1, key));
    }

    @Override
    public int deleteIdleSince(final Date before) {
        return DirectStatement.executeUpdate(em, "DELETE FROM LOY_THROTTLE WHERE UPDATED_AT < ?"
                + " AND (LOCKED_UNTIL IS NULL OR LOCKED_UNTIL < ?)", statement -> {
                    statement.setTimestamp(1, new Timestamp(before.getTime()));
                    statement.setTimestamp(2, new Timestamp(before.getTime()));
                });
    }
}
