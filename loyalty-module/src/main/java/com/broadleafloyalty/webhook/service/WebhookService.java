package com.broadleafloyalty.webhook.service;

import com.broadleafloyalty.webhook.domain.WebhookMessage;
import com.broadleafloyalty.webhook.domain.WebhookSubscription;

import java.util.List;

/** Webhook subscriptions and the outbox as the admin and the API see them. */
public interface WebhookService {

    /** The event types a subscription may ask for. */
    List<String> eventTypes();

    /**
     * Refuses (a {@code LoyaltyRefusal} with its message key) a URL that is not http(s), an unknown or empty event
     * list and a secret shorter than 16 or longer than 100 characters.
     */
    WebhookSubscription subscribe(String url, String events, String secret);

    /** As {@link #subscribe(String, String, String)}, recorded in the audit log as the admin's change. */
    WebhookSubscription subscribe(String url, String events, String secret, String adminLogin);

    /** False when there is no such active subscription. */
    boolean unsubscribe(Long subscriptionId);

    /** As {@link #unsubscribe(Long)}, recorded in the audit log as the admin's change. */
    boolean unsubscribe(Long subscriptionId, String adminLogin);

    List<WebhookSubscription> subscriptions();

    /** The newest messages given up on, for the admin's list. */
    List<WebhookMessage> failed(int limit);

    List<WebhookMessage> messagesOf(Long subscriptionId);

    /** A failed message back in the queue, with a new day of retries; false when it is not failed. */
    boolean resend(Long messageId);

    /** {@link #resend(Long)} by an admin user, audited in the same transaction. */
    boolean resend(Long messageId, String adminLogin);
}
