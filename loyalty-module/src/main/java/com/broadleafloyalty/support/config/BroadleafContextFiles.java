package com.broadleafloyalty.support.config;

/**
 * Broadleaf 3.1.15's standard root-context source files, for code that boots a Broadleaf context without a web.xml
 * (integration tests, the replay command). It is {@code StandardConfigLocations.txt} less
 * {@code bl-framework-applicationContext-workflow-payment.xml}, which that list names but the 3.1.15 jar does not ship.
 */
public final class BroadleafContextFiles {

    private static final String[] SOURCES = {
        "bl-common-applicationContext-persistence.xml",
        "bl-profile-applicationContext-persistence.xml",
        "bl-framework-applicationContext-persistence.xml",
        "bl-common-applicationContext.xml",
        "bl-profile-applicationContext.xml",
        "bl-profile-web-applicationContext.xml",
        "bl-framework-applicationContext.xml",
        "bl-framework-applicationContext-workflow.xml",
        "bl-framework-web-applicationContext.xml",
        "bl-framework-web-applicationContext-api-wrapper.xml"
    };

    private BroadleafContextFiles() {
    }

    /** A fresh copy: callers may not change the shared list. */
    public static String[] standardSources() {
        return SOURCES.clone();
    }
}
