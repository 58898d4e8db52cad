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

    /** False when there is no such active subscription. */
    boolean unsubscribe(Long subscriptionId);

    List<WebhookSubscription> subscriptions();

    /** The newest messages given up on, for the admin's list. */
    List<WebhookMessage> failed(int limit);

    List<WebhookMessage> messagesOf(Long subscriptionId);

    /** A failed message back in the queue, with a new day of retries; false when it is not failed. */
    boolean resend(Long messageId);
}
