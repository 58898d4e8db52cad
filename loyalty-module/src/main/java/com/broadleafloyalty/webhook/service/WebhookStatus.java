package com.broadleafloyalty.webhook.service;

/** The states of an outbox message. */
public final class WebhookStatus {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";

    private WebhookStatus() {
    }
}
