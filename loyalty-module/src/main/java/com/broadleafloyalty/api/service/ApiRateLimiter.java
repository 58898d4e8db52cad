package com.broadleafloyalty.api.service;

import com.broadleafloyalty.api.domain.ApiRateWindowImpl;
import com.broadleafloyalty.support.persistence.DirectStatement;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.PersistenceException;

/**
 * A per-key limit of calls per minute that holds across shop nodes: the count lives in the shared database (one row
 * per key and minute, incremented by one UPDATE, or created by one INSERT for the minute's first call), not in a
 * node's memory. Fixed one-minute windows: a burst across a minute boundary may reach twice the limit.
 */
public class ApiRateLimiter {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    private long callsPerMinute = 600;

    /** Counts the call; the seconds to wait when it is over the limit, else 0. */
    public long admit(Long keyId) {
        if (callsPerMinute <= 0) {
            return 0;
        }
        long now = System.currentTimeMillis();
        long minute = now / 60_000;
        long calls = count(keyId, minute);
        return calls > callsPerMinute ? Math.max(1, 60 - (now / 1000) % 60) : 0;
    }

    private long count(Long keyId, long minute) {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                Long calls = transaction.execute(status -> {
                    int updated = DirectStatement.executeUpdate(em, "UPDATE LOY_API_RATE_WINDOW SET CALLS = CALLS + 1"
                            + " WHERE API_KEY_ID = ? AND WINDOW_START = ?", statement -> {
                                statement.setLong(1, keyId);
                                statement.setLong(2, minute);
                            });
                    if (updated == 0) {
                        em.persist(new ApiRateWindowImpl(keyId, minute));
                        em.flush();
                        return 1L;
                    }
                    return ((Number) em.createNativeQuery("SELECT CALLS FROM LOY_API_RATE_WINDOW"
                            + " WHERE API_KEY_ID = ?1 AND WINDOW_START = ?2").setParameter(1, keyId)
                            .setParameter(2, minute).getSingleResult()).longValue();
                });
                return calls;
            } catch (DataIntegrityViolationException | PersistenceException e) {
                // Another node created the minute's row first: count on it.
            }
        }
        return 0;
    }

    public long getCallsPerMinute() {
        return callsPerMinute;
    }

    /** 0 turns the limit off. */
    public void setCallsPerMinute(long callsPerMinute) {
        this.callsPerMinute = callsPerMinute;
    }
}
