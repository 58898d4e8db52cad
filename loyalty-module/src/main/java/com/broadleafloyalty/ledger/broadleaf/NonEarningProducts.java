package com.broadleafloyalty.ledger.broadleaf;

import org.broadleafcommerce.core.catalog.domain.ProductAttributeImpl;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;

/**
 * The products marked {@value OrderEarningInput#NO_EARN_ATTRIBUTE}=false (gift cards, for example), read with one
 * query and kept for {@code loyalty.earn.exclusions.cache.seconds} (default 60) on each node. Checking the attribute
 * on every product of every order instead loads each product's attribute map: a query per product the second-level
 * cache does not hold yet, and a cache lookup per product otherwise. A product marked in the admin stops earning on
 * every node within the cache time.
 */
public class NonEarningProducts {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private long cacheSeconds = 60;
    private volatile Snapshot snapshot;

    public Set<Long> ids() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.readAtNanos > cacheSeconds * 1_000_000_000L) {
            current = new Snapshot(read(), System.nanoTime());
            snapshot = current;
        }
        return current.ids;
    }

    /** Forgets the cached set: the next order reads it again. */
    public void refresh() {
        snapshot = null;
    }

    public void setCacheSeconds(long cacheSeconds) {
        if (cacheSeconds < 0) {
            throw new IllegalArgumentException("loyalty.earn.exclusions.cache.seconds cannot be negative, got "
                    + cacheSeconds);
        }
        this.cacheSeconds = cacheSeconds;
    }

    private Set<Long> read() {
        Set<Long> ids = new HashSet<Long>();
        for (Object[] row : em.createQuery("SELECT a.product.id, a.value FROM " + ProductAttributeImpl.class.getName()
                + " a WHERE a.name = :name", Object[].class)
                .setParameter("name", OrderEarningInput.NO_EARN_ATTRIBUTE)
                .setFlushMode(FlushModeType.COMMIT).getResultList()) {
            if (row[1] != null && "false".equalsIgnoreCase(String.valueOf(row[1]).trim())) {
                ids.add((Long) row[0]);
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    private static final class Snapshot {

        final Set<Long> ids;
        final long readAtNanos;

        Snapshot(Set<Long> ids, long readAtNanos) {
            this.ids = ids;
            this.readAtNanos = readAtNanos;
        }
    }
}
