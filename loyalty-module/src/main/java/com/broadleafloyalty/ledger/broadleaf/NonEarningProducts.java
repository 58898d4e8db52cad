package com.broadleafloyalty.ledger.broadleaf;

import com.broadleafloyalty.support.cache.TimedValue;
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

    private static final String CACHE_SECONDS = "loyalty.earn.exclusions.cache.seconds";

    private volatile TimedValue<Set<Long>> cached = new TimedValue<Set<Long>>(60, CACHE_SECONDS);

    public Set<Long> ids() {
        return cached.get(this::read);
    }

    /** Forgets the cached set: the next order reads it again. */
    public void refresh() {
        cached.invalidate();
    }

    public void setCacheSeconds(long cacheSeconds) {
        this.cached = new TimedValue<Set<Long>>(cacheSeconds, CACHE_SECONDS);
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
}
