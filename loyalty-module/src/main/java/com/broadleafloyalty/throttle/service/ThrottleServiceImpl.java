package com.broadleafloyalty.throttle.service;

import com.broadleafloyalty.throttle.core.Lockout;
import com.broadleafloyalty.throttle.core.ThrottleKind;
import com.broadleafloyalty.throttle.core.ThrottlePolicy;
import com.broadleafloyalty.throttle.core.ThrottleState;
import com.broadleafloyalty.throttle.core.ThrottleSubject;
import com.broadleafloyalty.throttle.dao.ThrottleDao;
import com.broadleafloyalty.throttle.domain.ThrottleCounterImpl;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.persistence.PersistenceException;

/**
 * Each change runs in its own transaction (committed even when the caller's work rolls back, and short, so the row
 * lock is held for one counter update). A new counter is inserted; when another node inserted it first, the primary
 * key refuses the second insert and the update is retried under the row lock.
 */
public class ThrottleServiceImpl implements ThrottleService {

    private static final Log LOG = LogFactory.getLog(ThrottleServiceImpl.class);

    @Resource(name = "blLoyaltyThrottleDao")
    protected ThrottleDao dao;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    private TransactionTemplate ownTransaction;
    private ThrottlePolicy accountPolicy;
    private ThrottlePolicy addressPolicy;
    private Clock clock = Clock.systemUTC();
    private boolean enabled = true;

    @PostConstruct
    public void init() {
        ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void check(ThrottleKind kind, String account, String address) {
        if (!enabled) {
            return;
        }
        List<String> keys = keys(kind, account, address);
        if (keys.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Date until = dao.lockedUntil(keys, Date.from(now));
        if (until != null) {
            throw new ThrottledException(new Lockout(until.toInstant(), now));
        }
    }

    @Override
    public Lockout recordFailure(ThrottleKind kind, String account, String address) {
        if (!enabled) {
            return null;
        }
        Lockout accountLock = count(kind, ThrottleSubject.account(account), accountPolicy);
        Lockout addressLock = count(kind, ThrottleSubject.address(address), addressPolicy);
        return Lockout.later(accountLock, addressLock);
    }

    @Override
    public void recordSuccess(ThrottleKind kind, String account) {
        final ThrottleSubject subject = ThrottleSubject.account(account);
        if (!enabled || subject == null) {
            return;
        }
        ownTransaction.execute(status -> dao.delete(subject.key(kind)));
    }

    @Override
    public int removeForgotten() {
        // A counter says nothing once a whole window has passed since its last failure and since its lock ended.
        long window = Math.max(accountPolicy.getWindow().toMillis(), addressPolicy.getWindow().toMillis());
        final Date before = new Date(clock.millis() - window);
        Integer removed = ownTransaction.execute(status -> dao.deleteIdleSince(before));
        if (removed != null && removed > 0) {
            LOG.info("Removed " + removed + " throttle counters idle since " + before);
        }
        return removed == null ? 0 : removed;
    }

    private Lockout count(final ThrottleKind kind, final ThrottleSubject subject, final ThrottlePolicy policy) {
        if (subject == null) {
            return null;
        }
        try {
            return ownTransaction.execute(status -> countUnderLock(kind, subject, policy));
        } catch (DataIntegrityViolationException | PersistenceException e) {
            // Another node created the same counter between our read and our insert: it exists now, lock and update.
            return ownTransaction.execute(status -> countUnderLock(kind, subject, policy));
        }
    }

    private Lockout countUnderLock(ThrottleKind kind, ThrottleSubject subject, ThrottlePolicy policy) {
        String key = subject.key(kind);
        Instant now = clock.instant();
        ThrottleCounterImpl counter = dao.readForUpdate(key);
        boolean created = counter == null;
        if (created) {
            counter = new ThrottleCounterImpl(key, kind.name(), subject.value());
        }
        ThrottleState next = policy.afterFailure(stateOf(counter), now);
        counter.update(next.getFailures(), toDate(next.getWindowStart()), toDate(next.getLockedUntil()),
                next.getLocks(), Date.from(now));
        if (created) {
            dao.create(counter);
        }
        return policy.lockout(next, now);
    }

    private static ThrottleState stateOf(ThrottleCounterImpl counter) {
        return new ThrottleState(counter.getFailures(), toInstant(counter.getWindowStart()),
                toInstant(counter.getLockedUntil()), counter.getLocks());
    }

    private static List<String> keys(ThrottleKind kind, String account, String address) {
        List<String> keys = new ArrayList<String>(2);
        ThrottleSubject accountSubject = ThrottleSubject.account(account);
        ThrottleSubject addressSubject = ThrottleSubject.address(address);
        if (accountSubject != null) {
            keys.add(accountSubject.key(kind));
        }
        if (addressSubject != null) {
            keys.add(addressSubject.key(kind));
        }
        return keys;
    }

    private static Date toDate(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }

    public void setDao(ThrottleDao dao) {
        this.dao = dao;
    }

    public void setTransactionManager(PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    public void setAccountPolicy(ThrottlePolicy accountPolicy) {
        this.accountPolicy = accountPolicy;
    }

    public void setAddressPolicy(ThrottlePolicy addressPolicy) {
        this.addressPolicy = addressPolicy;
    }

    public ThrottlePolicy getAccountPolicy() {
        return accountPolicy;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
