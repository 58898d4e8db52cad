package com.broadleafloyalty.privacy.core;

/** The two requests a customer may make about their data (GDPR articles 15 and 17). */
public enum PrivacyRequestKind {
    EXPORT,
    ERASURE;

    /**
     * The request's unique key: one erasure per customer (on any node: the database refuses a second one), as many
     * exports as asked.
     */
    public String keyFor(Long customerId, String unique) {
        return this == ERASURE ? "ERASURE:" + customerId : "EXPORT:" + customerId + ":" + unique;
    }
}
