package com.broadleafloyalty.demo;

import net.sf.ehcache.CacheManager;

/** For tests that change rows behind Hibernate's back: empties its second-level and query caches, as a restart would. */
public final class SecondLevelCaches {

    private SecondLevelCaches() {
    }

    public static void clear() {
        for (CacheManager manager : CacheManager.ALL_CACHE_MANAGERS) {
            manager.clearAll();
        }
    }
}
