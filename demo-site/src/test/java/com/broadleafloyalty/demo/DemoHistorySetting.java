package com.broadleafloyalty.demo;

import java.util.concurrent.Callable;

/**
 * Starts a demo shop with a generated order history of {@code orders} orders (the tests' default is none), and puts
 * the setting back afterwards, so the shops other test classes start in this JVM keep theirs.
 */
public final class DemoHistorySetting {

    static final String PROPERTY = "loyalty.demo.history.orders";

    private DemoHistorySetting() {
    }

    public static <T> T startingWith(int orders, Callable<T> start) throws Exception {
        String before = System.getProperty(PROPERTY);
        System.setProperty(PROPERTY, String.valueOf(orders));
        try {
            return start.call();
        } finally {
            if (before == null) {
                System.clearProperty(PROPERTY);
            } else {
                System.setProperty(PROPERTY, before);
            }
        }
    }
}
