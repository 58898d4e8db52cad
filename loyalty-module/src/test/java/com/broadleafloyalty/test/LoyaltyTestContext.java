package com.broadleafloyalty.test;

import com.broadleafloyalty.support.config.BroadleafContextFiles;
import org.broadleafcommerce.common.extensibility.context.MergeClassPathXMLApplicationContext;
import org.springframework.context.ApplicationContext;

/**
 * Boots the real Broadleaf context with the loyalty module installed on in-memory H2, once per test JVM.
 * The source list is Broadleaf's standard one; the patches are what a site adds: the content-client patches,
 * the module's one patch, and this test site's datasource.
 */
public final class LoyaltyTestContext {

    static final String[] SOURCES = BroadleafContextFiles.standardSources();

    static final String[] PATCHES = {
        "bl-open-admin-contentClient-applicationContext.xml",
        "bl-cms-contentClient-applicationContext.xml",
        "bl-loyalty-applicationContext.xml",
        "bl-loyalty-test-applicationContext.xml"
    };

    private static ApplicationContext context;
    private static long startMillis;

    private LoyaltyTestContext() {
    }

    public static synchronized ApplicationContext get() {
        if (context == null) {
            long start = System.nanoTime();
            com.broadleafloyalty.test.postgres.TestDatabase.configure();
            context = new MergeClassPathXMLApplicationContext(SOURCES, PATCHES);
            startMillis = (System.nanoTime() - start) / 1_000_000;
            org.apache.commons.logging.LogFactory.getLog(LoyaltyTestContext.class)
                    .info("Broadleaf context with the loyalty module started in " + startMillis + " ms on "
                            + com.broadleafloyalty.test.postgres.TestDatabase.describe());
        }
        return context;
    }

    public static long startMillis() {
        return startMillis;
    }

    public static <T> T bean(String name, Class<T> type) {
        return get().getBean(name, type);
    }

    /** The object behind a bean's transactional proxy, for tests that change its settings. */
    public static <T> T target(String name, Class<T> type) {
        Object bean = get().getBean(name);
        try {
            while (bean instanceof org.springframework.aop.framework.Advised) {
                bean = ((org.springframework.aop.framework.Advised) bean).getTargetSource().getTarget();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot unwrap bean " + name, e);
        }
        return type.cast(bean);
    }
}
