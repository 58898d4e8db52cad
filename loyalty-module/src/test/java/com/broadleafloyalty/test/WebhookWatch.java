package com.broadleafloyalty.test;

import com.broadleafloyalty.webhook.domain.WebhookMessage;
import com.broadleafloyalty.webhook.domain.WebhookSubscription;
import com.broadleafloyalty.webhook.service.WebhookService;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A webhook subscription for the length of a test (try-with-resources): the outbox messages the module writes for
 * it. Nothing is delivered (the address answers nothing); other tests in this JVM count statements, so it must not
 * outlive its test.
 */
public final class WebhookWatch implements AutoCloseable {

    private final WebhookService webhooks = LoyaltyTestContext.bean("blLoyaltyWebhookService", WebhookService.class);
    private final WebhookSubscription subscription;

    public WebhookWatch(String events) {
        subscription = webhooks.subscribe("http://127.0.0.1:9/loyalty-test-hook", events, "a-test-secret-0123456789");
    }

    /** The messages about one customer, oldest first. */
    public List<WebhookMessage> about(Long customerId) {
        return webhooks.messagesOf(subscription.getId()).stream()
                .filter(message -> customerId.equals(message.getCustomerId())).collect(Collectors.toList());
    }

    @Override
    public void close() {
        webhooks.unsubscribe(subscription.getId());
    }
}
