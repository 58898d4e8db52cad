package com.broadleafloyalty.webhook.dao;

import com.broadleafloyalty.webhook.domain.WebhookMessage;
import com.broadleafloyalty.webhook.domain.WebhookSubscription;

import java.util.Date;
import java.util.List;

public interface WebhookDao {

    WebhookSubscription save(WebhookSubscription subscription);

    WebhookSubscription readSubscription(Long id);

    List<WebhookSubscription> readSubscriptions(boolean activeOnly);

    WebhookMessage readMessage(Long id);

    /** Ids of PENDING messages due at {@code now} and not claimed by a node, oldest first. */
    List<Long> readDueIds(Date now, int limit);

    /** Claims a due message for one delivery attempt until {@code until}; false when another node has it. */
    boolean claim(Long messageId, Date now, Date until);

    List<WebhookMessage> readByStatus(String status, int limit);

    List<WebhookMessage> readForSubscription(Long subscriptionId);
}
